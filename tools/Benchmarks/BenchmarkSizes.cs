namespace AccountingPlatform.Benchmarks;

/// <summary>How much load each part of a run puts on the platform: the full run, or the smoke CI runs (seconds, nothing judged on timing).</summary>
public sealed record BenchmarkSizes(
    int HashSamples, int Accounts, int PasswordConcurrency, int Reads, int ReadConcurrency, int Enrollments, int HopSamples,
    int[] RushRamp, int JourneysPerStage, int WarmupJourneys, int AdmissionWorkers, TimeSpan AdmissionWindow, int PgbenchScale, TimeSpan PgbenchWindow, TimeSpan AtRest,
    int ResultsLines = 500_000, int[]? PortalJourneyRamp = null, int StaffListRows = 100_000, int StaffListCalls = 200)
{
    public static readonly BenchmarkSizes Full = new(
        HashSamples: 30, Accounts: 160, PasswordConcurrency: 4 * Environment.ProcessorCount, Reads: 4000, ReadConcurrency: 8,
        Enrollments: 120, HopSamples: 30, RushRamp: [2, 4, 8, 16, 32], JourneysPerStage: 32, WarmupJourneys: 12,
        AdmissionWorkers: 96, AdmissionWindow: TimeSpan.FromSeconds(20), PgbenchScale: 10, PgbenchWindow: TimeSpan.FromSeconds(15), AtRest: TimeSpan.FromSeconds(60),
        PortalJourneyRamp: [4, 8, 16]);

    public static readonly BenchmarkSizes Smoke = new(
        HashSamples: 3, Accounts: 6, PasswordConcurrency: 2, Reads: 40, ReadConcurrency: 2,
        Enrollments: 2, HopSamples: 1, RushRamp: [2], JourneysPerStage: 2, WarmupJourneys: 0,
        AdmissionWorkers: 4, AdmissionWindow: TimeSpan.FromSeconds(2), PgbenchScale: 1, PgbenchWindow: TimeSpan.FromSeconds(1), AtRest: TimeSpan.FromSeconds(2),
        ResultsLines: 3_000, PortalJourneyRamp: [2], StaffListRows: 2_000, StaffListCalls: 3);
}
