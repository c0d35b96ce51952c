using AccountingPlatform.Benchmarks.Platform;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// CPU time (user + system, from /proc) of every platform process and of this benchmark, to tell where the time of a
/// call goes: the password hash in Identity, or the gateway, the database, the orchestrator's proxies, the client.
/// </summary>
public static class ProcessCpu
{
    /// <summary>
    /// CPU seconds so far by resource (its <see cref="ProcessTree"/>; a service in several instances per instance,
    /// <c>identity#1</c>, and summed, <c>identity</c>), plus <c>benchmark</c> (this process, which also
    /// hosts the AppHost), the orchestrator (DCP and the TCP proxies it puts in front of the services; not in a
    /// deployment) and <c>other</c> (everything else on the machine, the kernel's threads among them).
    /// </summary>
    public static Dictionary<string, double> Snapshot(PlatformTarget platform)
    {
        var all = ProcessTree.Read();
        var seconds = new Dictionary<string, double>();
        var counted = new HashSet<int> { Environment.ProcessId };
        foreach (var process in platform.Processes())
        {
            var tree = ProcessTree.Of(process.Pid, all);
            var cpu = tree.Sum(p => all[p].CpuSeconds);
            seconds[process.Service] = seconds.GetValueOrDefault(process.Service) + cpu;
            if (process.IsReplica) seconds[process.Instance] = cpu;
            counted.UnionWith(tree);
        }
        seconds["benchmark"] = all.GetValueOrDefault(Environment.ProcessId).CpuSeconds;
        var orchestrator = all.Keys.Where(p => !counted.Contains(p) && ProcessTree.CommandLine(p).Split('\0')[0].EndsWith("/dcp", StringComparison.Ordinal)).ToList();
        seconds["orchestrator (dcp, its proxies)"] = orchestrator.Sum(p => all[p].CpuSeconds);
        counted.UnionWith(orchestrator);
        seconds["other"] = all.Where(p => !counted.Contains(p.Key)).Sum(p => p.Value.CpuSeconds);
        return seconds;
    }

    /// <summary>Milliseconds of CPU per call, by process, between two snapshots.</summary>
    public static SortedDictionary<string, double> PerCall(Dictionary<string, double> before, Dictionary<string, double> after, int calls) =>
        new(after.ToDictionary(a => a.Key, a => Math.Round((a.Value - before.GetValueOrDefault(a.Key)) * 1000 / Math.Max(1, calls), 1)), StringComparer.Ordinal);

    /// <summary>
    /// The platform's share of a <see cref="PerCall"/>: every service, the gateway, the portal, PostgreSQL, RabbitMQ,
    /// Redis and the orchestrator, each instance once; not this benchmark, the channels' emulator or the rest of the machine.
    /// </summary>
    public static double Platform(IReadOnlyDictionary<string, double> perCall) =>
        Math.Round(perCall.Where(p => !p.Key.Contains('#', StringComparison.Ordinal) && p.Key is not ("benchmark" or "other" or "channelemulator")).Sum(p => p.Value), 1);

    /// <summary>
    /// CPU of every process at rest (nothing asked of the platform) for <paramref name="window"/>, in ms per second,
    /// its two halves apart: what is left of the work before it (code compiled in the background) shows in the first.
    /// </summary>
    public static async Task AtRestAsync(BenchmarkRun run, TimeSpan window)
    {
        run.Progress.Phase($"at rest for {window.TotalSeconds:F0} s");
        var half = Math.Max(1, (int)window.TotalSeconds / 2);
        var start = Snapshot(run.Platform);
        await Task.Delay(TimeSpan.FromSeconds(half));
        var middle = Snapshot(run.Platform);
        await Task.Delay(TimeSpan.FromSeconds(half));
        var end = Snapshot(run.Platform);
        run.Report.CpuPerCallMs["at rest, first half, per second"] = PerCall(start, middle, half);
        var perSecond = run.Report.CpuPerCallMs["at rest, second half, per second"] = PerCall(middle, end, half);
        run.Report.Findings.Add(new Finding("CPU at rest (second half), the platform's processes summed", Platform(perSecond), "ms/s", null, null, "", null));
    }
}
