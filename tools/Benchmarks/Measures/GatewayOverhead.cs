using System.Diagnostics;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// The gateway's cost on a cheap authenticated read (<c>GET /api/identity/users/me</c>): the same requests straight to
/// Identity and through the gateway, in alternating blocks so that both see the same machine.
/// </summary>
public static class GatewayOverhead
{
    private const string Path = "/api/identity/users/me";

    public static async Task RunAsync(BenchmarkRun run, Person candidate)
    {
        using var direct = new Person(run.Platform.ServiceUrl("identity"), run.Log) { AccessToken = candidate.AccessToken };
        var block = Math.Max(10, run.Sizes.Reads / 8);
        run.Progress.Phase("gateway and direct reads", run.Sizes.Reads / block / 2 * block * 2 + block * 2);
        await BlockAsync(run, direct, "read me (warm-up)", block);
        await BlockAsync(run, candidate, "read me (warm-up)", block);
        TimeSpan viaGateway = default, straight = default;
        for (var i = 0; i < run.Sizes.Reads / block / 2; i++)
        {
            straight += await BlockAsync(run, direct, "read me (direct)", block);
            viaGateway += await BlockAsync(run, candidate, "read me (gateway)", block);
        }
        var directLatency = Percentiles.Of(run.Log.Of("read me (direct)"));
        var gatewayLatency = Percentiles.Of(run.Log.Of("read me (gateway)"));
        var ratio = gatewayLatency.Count / viaGateway.TotalSeconds / (directLatency.Count / straight.TotalSeconds);
        run.Report.Findings.Add(new Finding("Gateway ÷ direct throughput (authenticated read)", gatewayLatency.Count / viaGateway.TotalSeconds, "/s",
            $"{directLatency.Count / straight.TotalSeconds:F0}/s direct", ratio, "≥ 0.7", ratio >= 0.7));
        var added = gatewayLatency.P50 - directLatency.P50;
        run.Report.Findings.Add(new Finding("Gateway added latency, p50", added, "ms",
            $"p50 {directLatency.P50:F2} ms direct, {gatewayLatency.P50:F2} ms through the gateway", null, "≤ 1 ms", added <= 1));
    }

    private static async Task<TimeSpan> BlockAsync(BenchmarkRun run, Person person, string step, int count)
    {
        var watch = Stopwatch.StartNew();
        await run.ForEachAsync(count, run.Sizes.ReadConcurrency, async _ =>
            await person.ExpectAsync(step, HttpMethod.Get, Path, null, System.Net.HttpStatusCode.OK));
        return watch.Elapsed;
    }
}
