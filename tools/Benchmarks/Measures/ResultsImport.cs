using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Platform;
using AccountingPlatform.Benchmarks.Report;
using StackExchange.Redis;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// Bulk work: an administrator imports the passed subjects of a large province (<see cref="BenchmarkSizes.ResultsLines"/>
/// lines, ~22 MB) into a new exam through the gateway; timed from the first byte sent to
/// the job's <c>Done</c> (upload checked line by line, COPY into staging, one merge). Beside it, how far the Enrollment
/// process's resident set grew over its size just before (sampled every 100 ms): the file must stream, not be held.
/// Run after the whole-run peak memory is read, so the import does not count in the services' peak RSS after the rush.
/// </summary>
public static class ResultsImport
{
    public const double TargetLinesPerSecond = 50_000;
    public const double TargetGrowthMiB = 100;
    private const string AdminPhone = "13900000000";
    private const string AdminPassword = "Admin@2024dev";
    private const string Header = "certificateType,certificateNumber,subjectCode,score";
    private static readonly string[] Subjects = ["ZJ-SW", "ZJ-CG", "ZJ-JJF"];

    public static async Task RunAsync(BenchmarkRun run)
    {
        var lines = run.Sizes.ResultsLines;
        run.Progress.Phase($"results import: {lines:N0} lines");
        try
        {
            using var admin = await AdminAsync(run);
            var exam = $"BENCH{Random.Shared.Next(100_000, 999_999)}";
            await admin.ExpectAsync("results import: exam", HttpMethod.Put, $"/api/enrollment/admin/exams/{exam}",
                new { year = 2025, level = "Intermediate", name = $"2025年度全国中级会计资格考试（{exam}）", subjects = Subjects.Select(s => new { code = s, name = s }) },
                HttpStatusCode.OK);
            var pids = run.Platform.Processes().Where(p => p.Service == "enrollment").Select(p => p.Pid).ToList();   // every instance (--replicas)
            var baseline = RssMiB(pids);
            using var sampling = new CancellationTokenSource();
            var peak = Task.Run(() => PeakRssMiBAsync(pids, sampling.Token));

            var watch = Stopwatch.StartNew();
            var accepted = await admin.ExpectAsync("results import: upload", HttpMethod.Post, $"/api/enrollment/admin/exams/{exam}/results",
                GeneratedFile(lines), HttpStatusCode.Accepted);
            var uploaded = watch.Elapsed;
            var status = $"/api/enrollment/admin/exams/{exam}/results/imports/{accepted.Json.GetProperty("id").GetGuid()}";
            var done = await admin.UntilAsync("results import: merged", () => admin.GetAsync("results import: status", status),
                a => a.Status == HttpStatusCode.OK && a.Json.GetProperty("state").GetString() is "Done" or "Failed",
                TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(10));
            var elapsed = watch.Elapsed;
            await sampling.CancelAsync();
            var growth = await peak - baseline;
            if (done.Json.GetProperty("state").GetString() != "Done" || done.Json.GetProperty("imported").GetInt32() != lines)
                throw new StepFailed("results import", $"not imported whole: {done}");

            var perSecond = lines / elapsed.TotalSeconds;
            run.Report.Findings.Add(new Finding($"Results import, {lines:N0} lines (streamed, COPY, one merge)", Math.Round(perSecond), "lines/s",
                $"{elapsed.TotalSeconds:F1} s: upload checked and staged {uploaded.TotalSeconds:F1} s, merge {(elapsed - uploaded).TotalSeconds:F1} s",
                null, $"≥ {TargetLinesPerSecond:N0} lines/s", perSecond >= TargetLinesPerSecond));
            run.Report.Findings.Add(new Finding("Results import: Enrollment's peak RSS growth (its instances summed)", Math.Round(growth, 1), "MiB", $"from {baseline:F0} MiB",
                null, $"≤ {TargetGrowthMiB:F0} MiB", growth <= TargetGrowthMiB));
        }
        catch (StepFailed e)
        {
            run.Log.Fail($"results import: {e.Message}");
        }
    }

    /// <summary>The measure on its own (<c>results-import</c>): a report with its two findings.</summary>
    public static async Task<BenchmarkReport> RunAloneAsync(PlatformTarget platform, BenchmarkSizes sizes, string command, TimeProvider clock)
    {
        var report = new BenchmarkReport { StartedAt = clock.GetUtcNow(), Command = command };
        var log = new CallLog();
        using var progress = new Progress(log, TimeSpan.FromSeconds(5));
        using var redis = await ConnectionMultiplexer.ConnectAsync(await platform.ConnectionStringAsync("redis"));
        using var emulator = new Emulator(platform.Emulator, redis);
        await RunAsync(new BenchmarkRun(platform, sizes, emulator, report, log, progress));
        report.Calls.AddRange(log.Steps().Select(s => new BenchmarkReport.StepLatency(s.Step, s.Latency)));
        report.Failures = log.Failures;
        report.FailureSamples.AddRange(log.FailureSamples);
        report.Seconds = (clock.GetUtcNow() - report.StartedAt).TotalSeconds;
        return report;
    }

    /// <summary>The development administrator, logged in through the gateway.</summary>
    public static async Task<Person> AdminAsync(BenchmarkRun run)
    {
        var admin = new Person(run.Platform.Gateway, run.Log) { Phone = AdminPhone };
        var captcha = await CandidateSteps.CaptchaAsync(admin, run.Emulator);
        var login = await admin.ExpectAsync("login (admin)", HttpMethod.Post, "/api/identity/tokens",
            new { account = AdminPhone, password = AdminPassword, captchaId = captcha.Id, captchaCode = captcha.Code }, HttpStatusCode.OK);
        admin.AccessToken = login.Json.GetProperty("accessToken").GetString();
        return admin;
    }

    private static async Task<double> PeakRssMiBAsync(IReadOnlyList<int> pids, CancellationToken stop)
    {
        var peak = 0d;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, RssMiB(pids));
            try { await Task.Delay(100, stop); }
            catch (OperationCanceledException) { break; }
        }
        return Math.Max(peak, RssMiB(pids));
    }

    /// <summary>The resident set of the processes and their children (not the <c>dotnet run</c> launcher), in MiB.</summary>
    private static double RssMiB(IReadOnlyList<int> pids)
    {
        var all = ProcessTree.Read();
        var kib = 0L;
        foreach (var p in pids.SelectMany(pid => ProcessTree.Of(pid, all)))
        {
            try
            {
                var line = File.ReadLines($"/proc/{p}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (line is not null) kib += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* the process ended */ }
        }
        return kib / 1024d;
    }

    /// <summary>
    /// A results file as an exam office sends it, its length announced (as a browser or curl does): a third of the lines
    /// per subject, every person distinct, scores 60.5 to 99.5.
    /// </summary>
    private static ByteArrayContent GeneratedFile(int lines)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < lines; i++)
            text.Append(CultureInfo.InvariantCulture, $"ResidentIdCard,{110105198001010000L + i / Subjects.Length:D18},{Subjects[i % Subjects.Length]},{60 + i % 40}.5\n");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString()));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }
}
