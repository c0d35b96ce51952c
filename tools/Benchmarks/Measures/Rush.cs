using System.Collections.Concurrent;
using System.Diagnostics;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// The registration rush: new candidates through the whole journey (register, log in, real name at Alipay, the
/// personnel record, the province's review, enrollment in Beijing, the pre-pay contact, Alipay payment, confirmed),
/// more of them at a time step by step, while a reviewer works the queue. Where throughput stops growing is where the
/// platform saturates on this machine.
/// </summary>
public static class Rush
{
    /// <summary>
    /// Runs the ramp; <paramref name="duringLastStage"/> runs beside the busiest stage (the event hop under load). The
    /// journeys a minute at saturation are judged against the journey hash bound: the machine's hashes a second
    /// (<paramref name="hashBound"/>) × 60 ÷ the password hashes one journey costs, counted from the calls that hash (none when the run measured no bound: the --only modes).
    /// </summary>
    public static async Task RunAsync(BenchmarkRun run, string exam, double? hashBound, Func<Task> duringLastStage)
    {
        var (hashingCalls, countedJourneys) = (0, 0);
        using var reviewer = await ReviewerAsync(run);
        var desk = new ReviewerDesk(reviewer);
        using var stop = new CancellationTokenSource();
        var working = Task.Run(async () =>
        {
            try { await desk.RunAsync(stop.Token); }
            catch (StepFailed e) { run.Log.Fail($"reviewer desk stopped: {e.Message}"); }
        });
        // CPU per journey over the whole ramp (the event hop's candidates beside the last stage included): what a journey costs each process.
        var cpu = ProcessCpu.Snapshot(run.Platform);
        foreach (var concurrency in run.Sizes.RushRamp)
        {
            run.Progress.Phase($"rush: {concurrency} journeys at a time", run.Sizes.JourneysPerStage);
            var journeys = new ConcurrentBag<double>();
            var watch = Stopwatch.StartNew();
            var last = concurrency == run.Sizes.RushRamp[^1];
            var beside = last ? Task.Run(duringLastStage) : Task.CompletedTask;
            var hashingBefore = HashingCalls(run.Log);
            var failed = await run.ForEachAsync(run.Sizes.JourneysPerStage, concurrency, async _ =>
            {
                using var person = run.NewPerson();
                var started = Stopwatch.GetTimestamp();
                await JourneyAsync(run, person, desk, exam);
                journeys.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            });
            var seconds = watch.Elapsed.TotalSeconds;
            await beside;
            // The stages with nothing beside them (all of them when the ramp has only the last): the hop's own candidates register and log in too.
            if (!last || countedJourneys == 0 && run.Sizes.RushRamp.Length == 1)
                (hashingCalls, countedJourneys) = (hashingCalls + HashingCalls(run.Log) - hashingBefore, countedJourneys + journeys.Count);
            run.Report.Rush.Add(new RushStage(concurrency, journeys.Count, failed, seconds, journeys.Count / seconds * 60, Percentiles.Of([.. journeys])));
        }
        run.Report.CpuPerCallMs["rush journey"] = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), run.Report.Rush.Sum(s => s.Journeys));
        await stop.CancelAsync();
        await working;
        run.Report.Saturation = SaturationOf(run.Report.Rush);
        if (hashBound is { } hashesPerSecond && countedJourneys > 0 && hashingCalls > 0 && SaturationStage(run.Report.Rush) is { } saturated)
        {
            var perJourney = (double)hashingCalls / countedJourneys;
            var bound = hashesPerSecond * 60 / perJourney;
            run.Report.Findings.Add(new Finding("Rush: journeys/min at saturation ÷ journey hash bound", saturated.JourneysPerMinute, "/min",
                $"{bound:F0}/min = {hashesPerSecond:F1} hashes/s × 60 ÷ {perJourney:F2} hashes a journey", saturated.JourneysPerMinute / bound,
                "≥ 0.5", saturated.JourneysPerMinute / bound >= 0.5));
        }
    }

    /// <summary>Calls that cost Identity a password hash, answered (a busy gateway's refusal hashes nothing): registrations and logins.</summary>
    private static int HashingCalls(CallLog log) =>
        log.Of("register").Count - log.Of("busy: register").Count + log.Of("login").Count - log.Of("busy: login").Count;

    public static async Task JourneyAsync(BenchmarkRun run, Person person, ReviewerDesk desk, string exam, bool registered = false)
    {
        if (!registered) await CandidateSteps.RegisterAndLogInAsync(person, run.Emulator);
        await CandidateSteps.VerifyRealNameAsync(person, run.Emulator, exam);
        var (recordId, version) = await CandidateSteps.SubmitRecordAsync(person);
        desk.Expect(recordId, version);
        await CandidateSteps.UntilUnlockedAsync(person, exam, TimeSpan.FromMilliseconds(200), "wait: review and unlock");
        var enrollmentId = await CandidateSteps.EnrollAsync(person,
            await CandidateSteps.EnrollmentRequestAsync(person, exam, CandidateSteps.LinkedProvince, null));
        await CandidateSteps.PayAsync(person, run.Emulator, enrollmentId);
    }

    /// <summary>The Beijing reviewer, logged in (a session of its own).</summary>
    public static async Task<Person> ReviewerAsync(BenchmarkRun run)
    {
        var reviewer = new Person(run.Platform.Gateway, run.Log) { Phone = ReviewerDesk.BeijingReviewer };
        var captcha = await CandidateSteps.CaptchaAsync(reviewer, run.Emulator);
        var login = await reviewer.ExpectAsync("login (reviewer)", HttpMethod.Post, "/api/identity/tokens",
            new { account = ReviewerDesk.BeijingReviewer, password = ReviewerDesk.ReviewerPassword, captchaId = captcha.Id, captchaCode = captcha.Code },
            System.Net.HttpStatusCode.OK);
        reviewer.AccessToken = login.Json.GetProperty("accessToken").GetString();
        return reviewer;
    }

    /// <summary>The first stage where more journeys at a time no longer bring 10% more journeys a minute.</summary>
    public static string SaturationOf(IReadOnlyList<RushStage> stages)
    {
        var i = SaturatedAt(stages);
        if (i < stages.Count - 1)
            return $"throughput stops growing at {stages[i].Concurrency} journeys at a time ({stages[i].JourneysPerMinute:F1} journeys/min);"
                + $" at {stages[i + 1].Concurrency} it is {stages[i + 1].JourneysPerMinute:F1}/min and a journey's p50 grows from {stages[i].JourneySeconds.P50:F1} s to {stages[i + 1].JourneySeconds.P50:F1} s";
        return stages.Count == 0 ? "no stage ran" : $"not reached up to {stages[^1].Concurrency} journeys at a time ({stages[^1].JourneysPerMinute:F1} journeys/min)";
    }

    /// <summary>The stage at saturation (the one before throughput stops growing), or the last when it never stops; none when no stage ran.</summary>
    public static RushStage? SaturationStage(IReadOnlyList<RushStage> stages) => stages.Count == 0 ? null : stages[SaturatedAt(stages)];

    /// <summary>The index of the stage at saturation: below the last only when throughput stopped growing after it.</summary>
    private static int SaturatedAt(IReadOnlyList<RushStage> stages)
    {
        for (var i = 1; i < stages.Count; i++)
            if (stages[i].JourneysPerMinute < stages[i - 1].JourneysPerMinute * 1.1) return i - 1;
        return stages.Count - 1;
    }
}
