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
        var rounds = Math.Max(1, run.Sizes.Reads / block / 2);
        run.Progress.Phase("gateway and direct reads", 2 * block + 2 * rounds * block + 2 * rounds * block / 4);
        await BlockAsync(run, direct, "read me (warm-up)", block, run.Sizes.ReadConcurrency);
        await BlockAsync(run, candidate, "read me (warm-up)", block, run.Sizes.ReadConcurrency);
        TimeSpan viaGateway = default, straight = default;
        for (var i = 0; i < rounds; i++)
        {
            straight += await BlockAsync(run, direct, "read me (direct)", block, run.Sizes.ReadConcurrency);
            viaGateway += await BlockAsync(run, candidate, "read me (gateway)", block, run.Sizes.ReadConcurrency);
            // One at a time, for the latency the gateway adds without queueing behind other requests.
            await BlockAsync(run, direct, "read me (direct, one at a time)", block / 4, 1);
            await BlockAsync(run, candidate, "read me (gateway, one at a time)", block / 4, 1);
        }
        var directCount = run.Log.Of("read me (direct)").Count;
        var gatewayCount = run.Log.Of("read me (gateway)").Count;
        var ratio = gatewayCount / viaGateway.TotalSeconds / (directCount / straight.TotalSeconds);
        run.Report.Findings.Add(new Finding($"Gateway ÷ direct throughput (authenticated read, {run.Sizes.ReadConcurrency} at a time)",
            gatewayCount / viaGateway.TotalSeconds, "/s", $"{directCount / straight.TotalSeconds:F0}/s direct", ratio, "≥ 0.7", ratio >= 0.7));
        var directLatency = Percentiles.Of(run.Log.Of("read me (direct, one at a time)"));
        var gatewayLatency = Percentiles.Of(run.Log.Of("read me (gateway, one at a time)"));
        var added = gatewayLatency.P50 - directLatency.P50;
        run.Report.Findings.Add(new Finding("Gateway added latency, p50 (one at a time)", added, "ms",
            $"p50 {directLatency.P50:F2} ms direct, {gatewayLatency.P50:F2} ms through the gateway", null, "≤ 1 ms", added <= 1));
    }

    private static async Task<TimeSpan> BlockAsync(BenchmarkRun run, Person person, string step, int count, int concurrency)
    {
        var watch = Stopwatch.StartNew();
        await run.ForEachAsync(count, concurrency, async _ =>
            await person.ExpectAsync(step, HttpMethod.Get, Path, null, System.Net.HttpStatusCode.OK));
        return watch.Elapsed;
    }
}
