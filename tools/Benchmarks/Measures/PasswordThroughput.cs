using System.Diagnostics;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// Registrations and logins per second through the gateway, each against the password-hash bound of this machine
/// (cores ÷ one hash's time): both cost one hash. Captchas and SMS codes are fetched beforehand, as a person has them
/// on screen before pressing the button, so only the registration and login calls are timed.
/// </summary>
public static class PasswordThroughput
{
    /// <returns>The registered and logged-in people, for the measurements that follow.</returns>
    public static async Task<List<Person>> RunAsync(BenchmarkRun run, double hashBound)
    {
        var count = run.Sizes.Accounts;
        var people = Enumerable.Range(0, count).Select(_ => run.NewPerson()).ToList();
        var forms = new object?[count];
        run.Progress.Phase("registration forms (captcha and SMS code each)", count);
        await run.ForEachAsync(count, 8, async i => forms[i] = await CandidateSteps.RegistrationAsync(people[i], run.Emulator));

        run.Progress.Phase($"registrations, {run.Sizes.PasswordConcurrency} at a time", count);
        var cpu = ProcessCpu.Snapshot(run.Platform);
        var watch = Stopwatch.StartNew();
        var failed = await run.ForEachAsync(count, run.Sizes.PasswordConcurrency,
            i => CandidateSteps.RegisterAsync(people[i], forms[i] ?? throw new StepFailed("register", "no registration form")));
        Add(run, "Registrations through the gateway ÷ hash bound", (count - failed) / watch.Elapsed.TotalSeconds, hashBound);
        run.Report.CpuPerCallMs["registration"] = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), count - failed);

        var captchas = new (Guid, string)?[count];
        run.Progress.Phase("captchas for the logins", count);
        await run.ForEachAsync(count, 8, async i => captchas[i] = await CandidateSteps.CaptchaAsync(people[i], run.Emulator));
        run.Progress.Phase($"logins, {run.Sizes.PasswordConcurrency} at a time", count);
        cpu = ProcessCpu.Snapshot(run.Platform);
        watch.Restart();
        failed = await run.ForEachAsync(count, run.Sizes.PasswordConcurrency,
            i => CandidateSteps.LogInAsync(people[i], captchas[i] ?? throw new StepFailed("login", "no captcha")));
        Add(run, "Logins through the gateway ÷ hash bound", (count - failed) / watch.Elapsed.TotalSeconds, hashBound);
        run.Report.CpuPerCallMs["login"] = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), count - failed);
        return [.. people.Where(p => p.AccessToken is not null)];
    }

    private static void Add(BenchmarkRun run, string measure, double perSecond, double hashBound) =>
        run.Report.Findings.Add(new Finding(measure, perSecond, "/s", $"{hashBound:F1} hashes/s", perSecond / hashBound, "≥ 0.8", perSecond / hashBound >= 0.8));
}
