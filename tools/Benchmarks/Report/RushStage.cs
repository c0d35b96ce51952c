namespace AccountingPlatform.Benchmarks.Report;

/// <summary>One step of the rush's concurrency ramp: how many journeys at a time, how many finished, how fast, how long each took.</summary>
public sealed record RushStage(int Concurrency, int Journeys, int Failed, double Seconds, double JourneysPerMinute, Percentiles JourneySeconds);
