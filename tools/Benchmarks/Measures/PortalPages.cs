using System.Diagnostics;
using System.Net;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// What a page of the candidate portal costs the server, through the gateway as a browser asks for it: the home page
/// (rendered by the portal alone) and the login page (the portal asks Identity for a captcha through the gateway).
/// CPU per page by process, and pages a second, beside the same requests' count. Each visitor comes from its own
/// address (the per-address captcha limit is a person's, not the benchmark's).
/// </summary>
public static class PortalPages
{
    public static async Task RunAsync(BenchmarkRun run)
    {
        var pages = Math.Max(8, run.Sizes.Reads / 8);
        var visitors = Enumerable.Range(0, Math.Max(1, pages / 25)).Select(_ => new Person(run.NextGateway(), run.Log)).ToList();
        try
        {
            run.Progress.Phase("portal pages", 2 * pages + 2 * visitors.Count);
            await run.ForEachAsync(visitors.Count, run.Sizes.ReadConcurrency, i => PageAsync(visitors[i], "portal page (warm-up)", "/login"));
            foreach (var (name, path) in new[] { ("home", "/"), ("login (a captcha from Identity)", "/login") })
            {
                var cpu = ProcessCpu.Snapshot(run.Platform);
                var watch = Stopwatch.StartNew();
                var failed = await run.ForEachAsync(pages, run.Sizes.ReadConcurrency, i => PageAsync(visitors[i % visitors.Count], $"portal page: {name}", path));
                var elapsed = watch.Elapsed;
                run.Report.CpuPerCallMs[$"portal page: {name}"] = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), pages - failed);
                run.Report.Findings.Add(new Finding($"Portal page, {name} ({run.Sizes.ReadConcurrency} at a time)", (pages - failed) / elapsed.TotalSeconds, "/s",
                    $"{pages - failed} pages", null, "", null));
            }
        }
        finally
        {
            foreach (var visitor in visitors) visitor.Dispose();
        }
    }

    private static async Task PageAsync(Person visitor, string step, string path)
    {
        var answer = await visitor.GetAsync(step, path);
        if (answer.Status != HttpStatusCode.OK || answer.ContentType != "text/html") throw new StepFailed(step, answer.ToString());
    }
}
