using System.Diagnostics;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// Registrations and logins per second through the gateway, each against the password-hash bound of this machine
/// (cores ÷ one hash's time): both cost one hash. Captchas and SMS codes are fetched beforehand, as a person has them
/// on screen before pressing the button, so only the registration and login calls are timed. A registration's CPU is
/// counted until the events it wrote have been consumed (outbox published, every consumer's inbox row written), so
/// what its consumers do is charged to it and not to the logins that follow.
/// </summary>
public static class PasswordThroughput
{
    /// <returns>The registered and logged-in people, for the measurements that follow.</returns>
    public static async Task<List<Person>> RunAsync(BenchmarkRun run, double hashBound, double hashCpuMs)
    {
        var count = run.Sizes.Accounts;
        var people = Enumerable.Range(0, count).Select(_ => run.NewPerson()).ToList();
        var forms = new object?[count];
        run.Progress.Phase("registration forms (captcha and SMS code each)", count);
        await run.ForEachAsync(count, 8, async i => forms[i] = await CandidateSteps.RegistrationAsync(people[i], run.Emulator));

        run.Progress.Phase($"registrations, {run.Sizes.PasswordConcurrency} at a time", count);
        var cpu = ProcessCpu.Snapshot(run.Platform);
        var started = TimeProvider.System.GetUtcNow();
        var calls = TimeSpan.Zero;
        var failed = 0;
        var steady = new SortedDictionary<string, double>();
        // In two halves, each until its events are consumed: the first half still pays for the code the runtime
        // recompiles once a path is hot (tiering: the warm-up's journeys run each path a dozen times, fewer than it
        // takes), the second is what a registration costs once that is done.
        foreach (var (from, to) in new[] { (0, count / 2), (count / 2, count) })
        {
            var halfCpu = ProcessCpu.Snapshot(run.Platform);
            var watch = Stopwatch.StartNew();
            var halfFailed = await run.ForEachAsync(to - from, run.Sizes.PasswordConcurrency,
                i => CandidateSteps.RegisterAsync(people[from + i], forms[from + i] ?? throw new StepFailed("register", "no registration form")));
            calls += watch.Elapsed;
            failed += halfFailed;
            run.Progress.Phase("registrations: their events consumed");
            var events = await EventCount.CountAsync(run.Platform, started.AddSeconds(-1), TimeSpan.FromSeconds(60), TimeProvider.System);
            if (events.Lost > 0) run.Log.Fail($"registrations: {events.Lost} events not consumed after a minute");
            if (from > 0) steady = ProcessCpu.PerCall(halfCpu, ProcessCpu.Snapshot(run.Platform), to - from - halfFailed);
        }
        Add(run, "Registrations through the gateway ÷ hash bound", (count - failed) / calls.TotalSeconds, hashBound);
        var perRegistration = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), count - failed);
        run.Report.CpuPerCallMs["registration, until its events are consumed"] = perRegistration;
        run.Report.CpuPerCallMs["registration, the second half alone"] = steady;
        var outside = ProcessCpu.Platform(perRegistration) - hashCpuMs;
        run.Report.Findings.Add(new Finding("CPU per registration outside the hash, the platform's processes summed", outside, "ms",
            $"hash {hashCpuMs:F1} ms of CPU", null, "≤ 25 ms", outside <= 25));
        run.Report.Findings.Add(new Finding("CPU per registration outside the hash, the second half alone (paths already recompiled)",
            ProcessCpu.Platform(steady) - hashCpuMs, "ms", $"hash {hashCpuMs:F1} ms of CPU", null, "", null));

        var captchas = new (Guid, string)?[count];
        run.Progress.Phase("captchas for the logins", count);
        await run.ForEachAsync(count, 8, async i => captchas[i] = await CandidateSteps.CaptchaAsync(people[i], run.Emulator));
        run.Progress.Phase($"logins, {run.Sizes.PasswordConcurrency} at a time", count);
        cpu = ProcessCpu.Snapshot(run.Platform);
        var loginWatch = Stopwatch.StartNew();
        failed = await run.ForEachAsync(count, run.Sizes.PasswordConcurrency,
            i => CandidateSteps.LogInAsync(people[i], captchas[i] ?? throw new StepFailed("login", "no captcha")));
        Add(run, "Logins through the gateway ÷ hash bound", (count - failed) / loginWatch.Elapsed.TotalSeconds, hashBound);
        run.Report.CpuPerCallMs["login"] = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), count - failed);
        return [.. people.Where(p => p.AccessToken is not null)];
    }

    private static void Add(BenchmarkRun run, string measure, double perSecond, double hashBound) =>
        run.Report.Findings.Add(new Finding(measure, perSecond, "/s", $"{hashBound:F1} hashes/s", perSecond / hashBound, "≥ 0.8", perSecond / hashBound >= 0.8));
}
