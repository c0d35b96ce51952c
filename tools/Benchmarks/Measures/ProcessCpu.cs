using System.Globalization;
using AccountingPlatform.Benchmarks.Platform;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// CPU time (user + system, from /proc) of every platform process and of this benchmark, to tell where the time of a
/// call goes: the password hash in Identity, or the gateway, the database, the orchestrator's proxies, the client.
/// </summary>
public static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100;   // USER_HZ on Linux

    /// <summary>
    /// CPU seconds so far by resource (its process and children), plus <c>benchmark</c> (this process, which also hosts
    /// the AppHost), the orchestrator (DCP and the TCP proxies it puts in front of the services; not in a deployment)
    /// and <c>other</c> (everything else on the machine, the kernel's threads among them).
    /// </summary>
    public static Dictionary<string, double> Snapshot(PlatformTarget platform)
    {
        var all = new Dictionary<int, (int Parent, double Seconds)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                all[pid] = (int.Parse(f[1], CultureInfo.InvariantCulture),
                    (long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
            }
            catch (IOException) { /* ended */ }
        }
        var seconds = new Dictionary<string, double>();
        var counted = new HashSet<int>();
        foreach (var (resource, root) in platform.ProcessIds())
        {
            var tree = new List<int> { root };
            for (var i = 0; i < tree.Count; i++) tree.AddRange(all.Where(p => p.Value.Parent == tree[i]).Select(p => p.Key));
            seconds[resource] = tree.Where(all.ContainsKey).Sum(p => all[p].Seconds);
            counted.UnionWith(tree);
        }
        seconds["benchmark"] = all.GetValueOrDefault(Environment.ProcessId).Seconds;
        counted.Add(Environment.ProcessId);
        var orchestrator = all.Keys.Where(p => !counted.Contains(p) && IsOrchestrator(p)).ToList();
        seconds["orchestrator (dcp, its proxies)"] = orchestrator.Sum(p => all[p].Seconds);
        counted.UnionWith(orchestrator);
        seconds["other"] = all.Where(p => !counted.Contains(p.Key)).Sum(p => p.Value.Seconds);
        return seconds;
    }

    private static bool IsOrchestrator(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0')[0].EndsWith("/dcp", StringComparison.Ordinal); }
        catch (IOException) { return false; }
    }

    /// <summary>Milliseconds of CPU per call, by process, between two snapshots.</summary>
    public static SortedDictionary<string, double> PerCall(Dictionary<string, double> before, Dictionary<string, double> after, int calls) =>
        new(after.ToDictionary(a => a.Key, a => Math.Round((a.Value - before.GetValueOrDefault(a.Key)) * 1000 / Math.Max(1, calls), 1)), StringComparer.Ordinal);
}
