using AccountingPlatform.Benchmarks.Journey;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// <c>--only rush-memory</c>: every process's peak memory through the warm-up and the rush's ramp alone (no hash
/// bound, no other measure), a few minutes instead of the whole run's six: what a memory setting gives, measured where
/// the services are busiest. The whole run's peak also covers the logins past saturation after the rush, so read this
/// as the same figure within a few MiB, not as the whole run's.
/// </summary>
public static class RushMemory
{
    public static async Task RunAsync(BenchmarkRun run)
    {
        var memory = new PeakMemory(run.Platform);
        try
        {
            await Warmup.RunAsync(run, run.Sizes.WarmupJourneys);
            string exam;
            using (var first = run.NewPerson())
            {
                await CandidateSteps.RegisterAndLogInAsync(first, run.Emulator);
                exam = await CandidateSteps.ExamCodeAsync(first);
            }
            await Rush.RunAsync(run, exam, hashBound: null, () => Task.CompletedTask);
        }
        finally
        {
            await memory.DisposeAsync();
        }
        memory.ReadPeaks(run.Report);
        PeakMemory.AddFindings(run.Report);
    }
}
