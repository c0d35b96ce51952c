using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// Whole journeys through the portal's pages (<see cref="PortalCandidateSteps"/>: register, log in, real name, the
/// personnel record, the province's review by a reviewer at the API as in the rush, enrollment, payment, 报名成功), as
/// browsers without script, each from its own address, a few at a time step by step: journeys a minute beside the
/// API-only rush at the same number at a time in the same run, page views per journey, and CPU per journey and per page
/// view by process. <c>--only portal-journeys</c>: the warm-up, the API-only rush at the same steps, then these.
/// </summary>
public static class PortalJourneys
{
    public static async Task RunAsync(BenchmarkRun run, string exam)
    {
        using var reviewer = await Rush.ReviewerAsync(run);
        var desk = new PortalReviewerDesk(reviewer);
        using var stop = new CancellationTokenSource();
        var working = Task.Run(async () =>
        {
            try { await desk.RunAsync(stop.Token); }
            catch (StepFailed e) { run.Log.Fail($"portal reviewer desk stopped: {e.Message}"); }
        });
        try
        {
            if (run.Sizes.WarmupJourneys > 0) await WarmUpAsync(run, desk, exam);
            var ramp = run.Sizes.PortalJourneyRamp ?? [2];
            var journeys = 0;
            var failed = 0;
            var views = 0;
            var waiting = 0;
            var bytes = 0L;
            var images = 0L;
            var imageBytes = 0L;
            var largest = new (string Step, int Bytes)[] { ("", 0) };
            var whole = ProcessCpu.Snapshot(run.Platform);
            foreach (var concurrency in ramp)
            {
                run.Progress.Phase($"portal journeys: {concurrency} at a time", run.Sizes.JourneysPerStage);
                var seconds = new ConcurrentBag<double>();
                var stageViews = 0;
                var stageWaiting = 0;
                var cpu = ProcessCpu.Snapshot(run.Platform);
                var watch = Stopwatch.StartNew();
                var stageFailed = await run.ForEachAsync(run.Sizes.JourneysPerStage, concurrency, async _ =>
                {
                    var started = Stopwatch.GetTimestamp();
                    using var browser = new PortalBrowser(run.NextGateway(), run.Log);
                    await JourneyAsync(run, browser, desk, exam);
                    seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                    Interlocked.Add(ref stageViews, browser.PageViews);
                    Interlocked.Add(ref stageWaiting, browser.WaitingViews);
                    Interlocked.Add(ref bytes, browser.Bytes);
                    Interlocked.Add(ref images, browser.Images);
                    Interlocked.Add(ref imageBytes, browser.ImageBytes);
                    lock (largest) if (browser.Largest.Bytes > largest[0].Bytes) largest[0] = browser.Largest;
                });
                var elapsed = watch.Elapsed.TotalSeconds;
                var perMinute = seconds.Count / elapsed * 60;
                var perJourney = run.Report.CpuPerCallMs[$"portal journey, {concurrency} at a time"] = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), seconds.Count);
                var api = run.Report.Rush.FirstOrDefault(s => s.Concurrency == concurrency);
                var p = Percentiles.Of([.. seconds]);
                run.Report.Findings.Add(new Finding($"Portal: whole journeys through the pages, {concurrency} at a time", perMinute, "/min",
                    string.Create(CultureInfo.InvariantCulture, $"{seconds.Count} journeys, p50 {p.P50:F1} s, p99 {p.P99:F1} s, {ProcessCpu.Platform(perJourney):F0} ms CPU each (platform)")
                    + (api is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; API-only rush at {concurrency}: {api.JourneysPerMinute:F1}/min")),
                    api is null ? null : perMinute / api.JourneysPerMinute, "", null));
                journeys += seconds.Count;
                failed += stageFailed;
                views += stageViews;
                waiting += stageWaiting;
            }
            var all = ProcessCpu.Snapshot(run.Platform);
            var journey = run.Report.CpuPerCallMs["portal journey"] = ProcessCpu.PerCall(whole, all, journeys);
            var view = run.Report.CpuPerCallMs["portal page view"] = ProcessCpu.PerCall(whole, all, views);
            run.Report.Findings.Add(new Finding("Portal: journeys failed", failed, "", $"{journeys + failed} journeys", null, "0", failed == 0));
            run.Report.Findings.Add(new Finding("Portal: page views per journey", (double)views / Math.Max(1, journeys), "",
                string.Create(CultureInfo.InvariantCulture, $"of them {(double)waiting / Math.Max(1, journeys):F1} looking again until an event arrived (every {PortalCandidateSteps.WaitEvery.TotalMilliseconds:F0} ms)"), null, "", null));
            run.Report.Findings.Add(new Finding("Portal: bytes of the pages per journey", bytes / 1024d / Math.Max(1, journeys), "KiB",
                string.Create(CultureInfo.InvariantCulture, $"the largest page: {largest[0].Step}, {largest[0].Bytes / 1024d:F0} KiB"), null, "", null));
            run.Report.Findings.Add(new Finding("Portal: the person's images fetched per journey", (double)images / Math.Max(1, journeys), "",
                string.Create(CultureInfo.InvariantCulture, $"{imageBytes / 1024d / Math.Max(1, journeys):F0} KiB, fetched beside the pages as a browser does (never cached); their CPU is in the page views'"), null, "", null));
            run.Report.Findings.Add(new Finding("Portal: CPU per page view, the portal (web)", view.GetValueOrDefault("web"), "ms",
                string.Create(CultureInfo.InvariantCulture, $"the platform's processes summed {ProcessCpu.Platform(view):F1} ms"), null, "", null));
            var apiJourney = run.Report.CpuPerCallMs.GetValueOrDefault("rush journey") is { } rush ? ProcessCpu.Platform(rush) : (double?)null;
            run.Report.Findings.Add(new Finding("Portal: CPU per journey through the pages, the platform's processes summed", ProcessCpu.Platform(journey), "ms",
                string.Create(CultureInfo.InvariantCulture, $"the portal {journey.GetValueOrDefault("web"):F0} ms, the gateway {journey.GetValueOrDefault("gateway"):F0} ms")
                + (apiJourney is { } a ? string.Create(CultureInfo.InvariantCulture, $"; an API-only rush journey {a:F0} ms") : ""),
                apiJourney is > 0 ? ProcessCpu.Platform(journey) / apiJourney : null, "", null));
        }
        finally
        {
            await stop.CancelAsync();
            await working;
        }
    }

    /// <summary>
    /// <c>--only portal-journeys</c>: the warm-up, then the API-only rush at the portal's steps (the figure beside), the
    /// journeys through the portal, and the events counted in the databases (none lost).
    /// </summary>
    public static async Task RunAloneAsync(BenchmarkRun run, TimeProvider clock)
    {
        await Warmup.RunAsync(run, run.Sizes.WarmupJourneys);
        string exam;
        using (var person = run.NewPerson())
        {
            await CandidateSteps.RegisterAndLogInAsync(person, run.Emulator);
            exam = await CandidateSteps.ExamCodeAsync(person);
        }
        var started = clock.GetUtcNow();
        var sameSteps = new BenchmarkRun(run.Platform, run.Sizes with { RushRamp = run.Sizes.PortalJourneyRamp ?? [2] }, run.Emulator, run.Report, run.Log, run.Progress);
        await Rush.RunAsync(sameSteps, exam, hashBound: null, () => Task.CompletedTask);
        await RunAsync(run, exam);
        run.Progress.Phase("counting events in the databases");
        run.Report.Events = await EventCount.CountAsync(run.Platform, started.AddSeconds(-1), TimeSpan.FromSeconds(60), clock);
        run.Report.Findings.Add(new Finding("Rush and portal journeys: events lost (outbox unpublished + deliveries missing)", run.Report.Events.Lost, "",
            $"{run.Report.Events.Written} events, {run.Report.Events.Deliveries} deliveries", null, "0", run.Report.Events.Lost == 0));
    }

    /// <summary>One whole journey through the pages in <paramref name="browser"/> (which counts its page views and bytes).</summary>
    private static async Task JourneyAsync(BenchmarkRun run, PortalBrowser browser, PortalReviewerDesk desk, string exam)
    {
        var (idNumber, phone) = Identities.Next();
        using var person = new Person(run.Platform.Gateway, run.Log) { IdNumber = idNumber, Phone = phone };   // who they are (no call of its own)
        await PortalCandidateSteps.RegisterAndLogInAsync(browser, person, run.Emulator);
        await PortalCandidateSteps.VerifyRealNameAsync(browser, run.Emulator);
        await PortalCandidateSteps.SubmitRecordAsync(browser, run.Emulator);
        desk.Expect(PortalCandidateSteps.NameOf(person));
        await PortalCandidateSteps.EnrollAsync(browser, person, run.Emulator, exam);
        await PortalCandidateSteps.PayAsync(browser, run.Emulator);
    }

    /// <summary>A few journeys through the pages before any is timed (each page's code compiled, the portal's pools filled); their calls count nowhere.</summary>
    private static async Task WarmUpAsync(BenchmarkRun run, PortalReviewerDesk desk, string exam)
    {
        var quiet = new BenchmarkRun(run.Platform, run.Sizes, run.Emulator, run.Report, new CallLog(), run.Progress);
        run.Progress.Phase("portal journeys: warm-up, not timed", 4);
        await quiet.ForEachAsync(4, 2, async _ =>
        {
            using var browser = new PortalBrowser(quiet.NextGateway(), quiet.Log);
            await JourneyAsync(quiet, browser, desk, exam);
        });
        foreach (var failure in quiet.Log.FailureSamples) run.Log.Fail($"portal warm-up: {failure}");
    }
}
