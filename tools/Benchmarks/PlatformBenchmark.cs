using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Measures;
using AccountingPlatform.Benchmarks.Platform;
using AccountingPlatform.Benchmarks.Report;
using StackExchange.Redis;

namespace AccountingPlatform.Benchmarks;

/// <summary>
/// The whole platform measured on the machine at hand, each figure against a limit measured in the same run: the
/// password-hash bound, direct calls, pgbench. In order: hash bound, a warm-up, the platform at rest, registrations and logins, gateway overhead, portal pages, the
/// event hop idle, enrollment submissions, the rush (with the event hop under load), whole journeys through the portal's pages, events counted in the
/// databases, admission control past saturation; peak memory of every process throughout.
/// </summary>
public static class PlatformBenchmark
{
    public const double MemoryTargetMiB = 150;

    /// <param name="only"><c>registrations</c>: the hash bound, the warm-up, the platform at rest, registrations and logins, nothing after; <c>enrollment-submissions</c>: the warm-up, then the enrollment submissions and their pgbench alone; <c>portal-journeys</c>: the warm-up, the API-only rush and the journeys through the portal at 4, 8, 16 at a time; <c>staff-lists</c>: the staff lists at 100,000 rows alone; <c>rush-memory</c>: the warm-up and the rush, every process's peak memory.</param>
    public static async Task<BenchmarkReport> RunAsync(PlatformTarget platform, BenchmarkSizes sizes, string command, TimeProvider clock, string? only = null)
    {
        var report = new BenchmarkReport { StartedAt = clock.GetUtcNow(), Command = command, Replicas = platform.Replicas };
        if (platform.Replicas > 1) report.Notes.AddRange(ReplicaNotes(platform.Replicas));
        var log = new CallLog();
        using var progress = new Progress(log, TimeSpan.FromSeconds(5));
        using var redis = await ConnectionMultiplexer.ConnectAsync(await platform.ConnectionStringAsync("redis"));
        using var emulator = new Emulator(platform.Emulator, redis);
        var run = new BenchmarkRun(platform, sizes, emulator, report, log, progress);
        var people = new List<Person>();
        if (only == "enrollment-submissions") return await OnlyEnrollmentSubmissionsAsync(run, log, clock);
        if (only == "portal-journeys") return await OnlyAsync(run, log, clock, r => PortalJourneys.RunAloneAsync(r, clock));
        if (only == "staff-lists") return await OnlyAsync(run, log, clock, StaffLists.RunAsync);
        if (only == "rush-memory") return await OnlyAsync(run, log, clock, RushMemory.RunAsync);
        var memory = new PeakMemory(platform);
        try
        {
            progress.Phase("password hash bound");
            var hashMs = PasswordHashBenchmark.MedianMilliseconds(sizes.HashSamples);
            var bound = PasswordHashBenchmark.BoundPerSecond(hashMs);
            report.Findings.Add(new Finding("Password hash (PBKDF2-HMAC-SHA512, 100,000 iterations), one core", hashMs, "ms",
                $"bound {bound:F1}/s on {Environment.ProcessorCount} cores", null, "", null));
            var hashCpuMs = PasswordHashBenchmark.MedianCpuMilliseconds(sizes.HashSamples);
            report.Findings.Add(new Finding("Password hash, CPU time of one (the thread's own clock)", hashCpuMs, "ms", null, null, "", null));

            await Warmup.RunAsync(run, sizes.WarmupJourneys);
            await ProcessCpu.AtRestAsync(run, sizes.AtRest);
            people = await PasswordThroughput.RunAsync(run, bound, hashCpuMs);
            if (only != "registrations")
            {
                var exam = await CandidateSteps.ExamCodeAsync(people[0]);
                await GatewayOverhead.RunAsync(run, people[0]);
                await PortalPages.RunAsync(run);

                using (var reviewer = await Rush.ReviewerAsync(run))
                {
                    progress.Phase("event hop, idle: candidates with a record to review", sizes.HopSamples);
                    var probes = await EventHop.PrepareAsync(run, people.Skip(1).Take(sizes.HopSamples).ToList(), exam);
                    progress.Phase("event hop, idle", probes.Count);
                    EventHop.Report(run, "idle", await EventHop.MeasureAsync(run, reviewer, probes, exam), targetP99: 200);
                }
                await EnrollmentSubmissions.RunAsync(run, people.Skip(1 + sizes.HopSamples).Take(sizes.Enrollments).ToList(), exam);

                var rushStarted = clock.GetUtcNow();
                await Rush.RunAsync(run, exam, bound, () => HopUnderLoadAsync(run, exam));
                var failedJourneys = report.Rush.Sum(s => s.Failed);
                report.Findings.Add(new Finding("Rush: journeys failed", failedJourneys, "", $"{report.Rush.Sum(s => s.Journeys + s.Failed)} journeys", null, "0", failedJourneys == 0));
                await PortalJourneys.RunAsync(run, exam);

                progress.Phase("counting events in the databases");
                report.Events = await EventCount.CountAsync(platform, rushStarted.AddSeconds(-1), TimeSpan.FromSeconds(60), clock);
                report.Findings.Add(new Finding("Rush: events lost (outbox unpublished + deliveries missing)", report.Events.Lost, "",
                    $"{report.Events.Written} events, {report.Events.Deliveries} deliveries", null, "0", report.Events.Lost == 0));

                await Admission.RunAsync(run, people);
            }
        }
        finally
        {
            await memory.DisposeAsync();
            foreach (var person in people) person.Dispose();
        }
        memory.ReadPeaks(report);
        if (only != "registrations")
        {
            await ResultsImport.RunAsync(run);   // after the peak memory is read: its own memory figure is the growth it causes
            await StaffLists.RunAsync(run);      // last: it seeds 100,000 review items and enrollments the measures above must not see
        }
        PeakMemory.AddFindings(report);
        return Finished(run, log, clock);
    }

    /// <summary><c>--only enrollment-submissions</c>: the warm-up and people registered untimed, then the enrollment measure and its pgbench alone.</summary>
    private static async Task<BenchmarkReport> OnlyEnrollmentSubmissionsAsync(BenchmarkRun run, CallLog log, TimeProvider clock)
    {
        await Warmup.RunAsync(run, run.Sizes.WarmupJourneys);
        var people = await EnrollmentSubmissions.PeopleAsync(run, run.Sizes.Enrollments + 1);
        try
        {
            await EnrollmentSubmissions.RunAsync(run, people.Skip(1).ToList(), await CandidateSteps.ExamCodeAsync(people[0]));
        }
        finally
        {
            foreach (var person in people) person.Dispose();
        }
        return Finished(run, log, clock);
    }

    /// <summary>A run's calls, failures and duration, into its report.</summary>
    private static BenchmarkReport Finished(BenchmarkRun run, CallLog log, TimeProvider clock)
    {
        run.Report.Calls.AddRange(log.Steps().Select(s => new BenchmarkReport.StepLatency(s.Step, s.Latency)));
        run.Report.Failures = log.Failures;
        run.Report.FailureSamples.AddRange(log.FailureSamples);
        run.Report.Seconds = (clock.GetUtcNow() - run.Report.StartedAt).TotalSeconds;
        return run.Report;
    }

    /// <summary><c>--only portal-journeys</c>, <c>--only staff-lists</c>: that one measure (with what it runs before itself), nothing else.</summary>
    private static async Task<BenchmarkReport> OnlyAsync(BenchmarkRun run, CallLog log, TimeProvider clock, Func<BenchmarkRun, Task> measure)
    {
        await measure(run);
        return Finished(run, log, clock);
    }

    /// <summary>What the figures mean when every service, the web app and the gateway run in several instances.</summary>
    private static IEnumerable<string> ReplicaNotes(int replicas) =>
    [
        $"{replicas} instances of every service, of the web app and of the gateway (Platform:Replicas={replicas}), on the same cores as with one.",
        $"People (registrations, logins, the rush's candidates, portal visitors) are spread over the {replicas} gateways in turn; the reviewer uses the first.",
        "A service's instances share one address, the orchestrator's proxy, which spreads connections over them: \"direct\" reads go to either Identity instance, as the gateway's do.",
        $"Past saturation: each gateway admits its own pools, so {replicas} gateways admit {replicas} times as many logins at once.",
        "Peak RSS and PSS, and CPU per call: per instance (name#1, name#2…) and summed per service (name).",
    ];

    /// <summary>Beside the busiest rush stage: fresh candidates with a record each, then the hop timed one at a time.</summary>
    private static async Task HopUnderLoadAsync(BenchmarkRun run, string exam)
    {
        var people = new List<Person>();
        try
        {
            for (var i = 0; i < run.Sizes.HopSamples; i++)
            {
                var person = run.NewPerson();
                people.Add(person);
                await CandidateSteps.RegisterAndLogInAsync(person, run.Emulator);
            }
            var probes = await EventHop.PrepareAsync(run, people, exam);
            using var reviewer = await Rush.ReviewerAsync(run);
            EventHop.Report(run, "under load", await EventHop.MeasureAsync(run, reviewer, probes, exam), targetP99: 1000);
        }
        catch (StepFailed e)
        {
            run.Log.Fail($"event hop under load: {e.Message}");
        }
        finally
        {
            foreach (var person in people) person.Dispose();
        }
    }
}
