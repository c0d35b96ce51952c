using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// Past saturation: many more people log in at once than the password pool admits. The gateway should answer the
/// excess at once with 503 and <c>Retry-After</c> (each person then waits that long, as the page tells them), while
/// the logins it lets through stay about as fast as below saturation, and none times out.
/// </summary>
public static class Admission
{
    public static async Task RunAsync(BenchmarkRun run, IReadOnlyList<Person> accounts)
    {
        var workers = Math.Min(run.Sizes.AdmissionWorkers, accounts.Count);
        var accepted = new ConcurrentBag<double>();
        var refused = new ConcurrentBag<double>();
        var withoutRetryAfter = 0;
        var until = Stopwatch.StartNew();
        run.Progress.Phase($"admission: {workers} people logging in at once for {run.Sizes.AdmissionWindow.TotalSeconds:F0} s");
        await run.ForEachAsync(workers, workers, async i =>
        {
            var person = accounts[i];
            (Guid Id, string Code)? captcha = null;
            while (until.Elapsed < run.Sizes.AdmissionWindow)
            {
                captcha ??= await CaptchaOrBusyAsync(run, person);
                if (captcha is not { } c) continue;
                var started = Stopwatch.GetTimestamp();
                var answer = await person.SendAsync("admission: login", HttpMethod.Post, "/api/identity/tokens",
                    new { account = person.Phone, password = CandidateSteps.Password, captchaId = c.Id, captchaCode = c.Code }, allowBusy: true);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (answer.Status == HttpStatusCode.OK)
                {
                    accepted.Add(elapsed);
                    captcha = null;
                }
                else if (answer.Status == HttpStatusCode.ServiceUnavailable && answer.ProblemCode == "GATEWAY_BUSY")
                {
                    refused.Add(elapsed);
                    if (answer.RetryAfter is null) Interlocked.Increment(ref withoutRetryAfter);
                    await Task.Delay(answer.RetryAfter ?? TimeSpan.FromSeconds(1));
                }
                else throw new StepFailed("admission: login", answer.ToString());
            }
        });
        var ok = Percentiles.Of([.. accepted]);
        var busy = Percentiles.Of([.. refused]);
        var below = Percentiles.Of(run.Log.Of("login"));
        run.Report.Findings.Add(new Finding($"Past saturation ({workers} logging in at once): accepted logins p99", ok.P99, "ms",
            $"p99 {below.P99:F0} ms at {run.Sizes.PasswordConcurrency} at a time; {ok.Count} accepted", ok.P99 / Math.Max(1, below.P99), "≤ 2 s, no time-out",
            ok.Count > 0 && ok.P99 <= 2000));
        run.Report.Findings.Add(new Finding("Past saturation: refused with 503 GATEWAY_BUSY + Retry-After, p99", busy.P99, "ms",
            $"{busy.Count} refused, {withoutRetryAfter} without Retry-After", null, "≤ 50 ms, all with Retry-After",
            busy.Count > 0 && busy.P99 <= 50 && withoutRetryAfter == 0));
    }

    private static async Task<(Guid Id, string Code)?> CaptchaOrBusyAsync(BenchmarkRun run, Person person)
    {
        var answer = await person.SendAsync("admission: captcha", HttpMethod.Post, "/api/identity/captchas", null, allowBusy: true);
        if (answer.Status == HttpStatusCode.Created)
        {
            var id = answer.Json.GetProperty("captchaId").GetGuid();
            return (id, await run.Emulator.CaptchaAnswerAsync(id));
        }
        if (answer.Status != HttpStatusCode.ServiceUnavailable) throw new StepFailed("admission: captcha", answer.ToString());
        await Task.Delay(answer.RetryAfter ?? TimeSpan.FromSeconds(1));
        return null;
    }
}
