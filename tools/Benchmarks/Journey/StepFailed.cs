namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>A call answered other than a person would need to go on (an error of the run, counted and reported).</summary>
public sealed class StepFailed(string step, string answer) : Exception($"{step}: {answer}");
