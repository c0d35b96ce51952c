using System.Globalization;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// The machine's processes as /proc shows them (parent, CPU seconds so far), and a resource's tree: its process and
/// its children, without the <c>dotnet run</c> launcher the AppHost starts each project with (about 130 MiB, idle, and
/// absent from a deployment).
/// </summary>
public static class ProcessTree
{
    private const double TicksPerSecond = 100;   // USER_HZ on Linux

    public static Dictionary<int, (int Parent, double CpuSeconds)> Read()
    {
        var all = new Dictionary<int, (int, double)>();
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
            catch (IOException) { /* the process ended */ }
        }
        return all;
    }

    public static List<int> Of(int root, Dictionary<int, (int Parent, double CpuSeconds)> all)
    {
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++) tree.AddRange(all.Where(p => p.Value.Parent == tree[i]).Select(p => p.Key));
        return tree.Where(p => all.ContainsKey(p) && !CommandLine(p).StartsWith("dotnet\0run\0", StringComparison.Ordinal)).ToList();
    }

    public static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline"); }
        catch (IOException) { return ""; }
    }
}
