using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// A few whole journeys before anything is timed, so that what is measured is the platform at work, not its first
/// minutes (code compiled on first use, connection pools filling, EF Core compiling its queries). Their calls go to a
/// log of their own and count nowhere; a failure here still fails the run.
/// </summary>
public static class Warmup
{
    public static async Task RunAsync(BenchmarkRun run, int journeys)
    {
        if (journeys == 0) return;
        var quiet = new BenchmarkRun(run.Platform, run.Sizes, run.Emulator, run.Report, new CallLog(), run.Progress);
        run.Progress.Phase("warm-up: whole journeys, not timed", journeys);
        using var reviewer = await Rush.ReviewerAsync(quiet);
        var desk = new ReviewerDesk(reviewer);
        using var stop = new CancellationTokenSource();
        var working = Task.Run(async () =>
        {
            try { await desk.RunAsync(stop.Token); }
            catch (StepFailed e) { quiet.Log.Fail($"reviewer desk stopped: {e.Message}"); }
        });
        var exam = default(string);
        await quiet.ForEachAsync(journeys, Math.Min(4, journeys), async _ =>
        {
            using var person = quiet.NewPerson();
            await CandidateSteps.RegisterAndLogInAsync(person, run.Emulator);
            exam ??= await CandidateSteps.ExamCodeAsync(person);
            await Rush.JourneyAsync(quiet, person, desk, exam, registered: true);
        });
        await stop.CancelAsync();
        await working;
        foreach (var failure in quiet.Log.FailureSamples) run.Log.Fail($"warm-up: {failure}");
    }
}
