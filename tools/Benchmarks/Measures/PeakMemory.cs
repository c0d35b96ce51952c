using System.Globalization;
using AccountingPlatform.Benchmarks.Platform;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// The highest resident set size of every platform process while the run goes, sampled twice a second from /proc:
/// a resource's process and its children (PostgreSQL's backends, RabbitMQ's Erlang VM under its script). A project
/// under the AppHost is started by <c>dotnet run</c>, which stays as its parent; that launcher (about 130 MiB) is not
/// the service and does not exist in a deployment, so it is not counted.
/// </summary>
public sealed class PeakMemory : IAsyncDisposable
{
    private readonly PlatformTarget _platform;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly Dictionary<string, long> _peakKiB = [];
    private readonly Dictionary<string, long> _peakPssKiB = [];

    public PeakMemory(PlatformTarget platform)
    {
        _platform = platform;
        _sampling = Task.Run(SampleAsync);
    }

    public IReadOnlyDictionary<string, double> PeakMiB
    {
        get { lock (_peakKiB) return _peakKiB.ToDictionary(p => p.Key, p => Math.Round(p.Value / 1024d, 1)); }
    }

    /// <summary>
    /// The highest proportional set size: resident pages with each page shared between processes (the runtime's and
    /// framework's files, mapped by every .NET process) divided among them; what the process costs the machine.
    /// </summary>
    public IReadOnlyDictionary<string, double> PeakPssMiB
    {
        get { lock (_peakKiB) return _peakPssKiB.ToDictionary(p => p.Key, p => Math.Round(p.Value / 1024d, 1)); }
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var parents = ParentsOfAll();
            foreach (var (resource, pid) in _platform.ProcessIds())
            {
                var tree = TreeOf(pid, parents).Where(p => !IsDotnetRun(p)).ToList();
                var rss = tree.Sum(p => KiB(p, "status", "VmRSS:"));
                var pss = tree.Sum(p => KiB(p, "smaps_rollup", "Pss:"));
                lock (_peakKiB)
                {
                    _peakKiB[resource] = Math.Max(_peakKiB.GetValueOrDefault(resource), rss);
                    _peakPssKiB[resource] = Math.Max(_peakPssKiB.GetValueOrDefault(resource), pss);
                }
            }
            try { await Task.Delay(500, _stop.Token); }
            catch (OperationCanceledException) { break; }
        }
    }

    private static Dictionary<int, int> ParentsOfAll()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* the process ended */ }
        }
        return parents;
    }

    private static IEnumerable<int> TreeOf(int root, Dictionary<int, int> parents)
    {
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++) tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        return tree;
    }

    private static bool IsDotnetRun(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").StartsWith("dotnet\0run\0", StringComparison.Ordinal); }
        catch (IOException) { return false; }
    }

    private static long KiB(int pid, string file, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/{file}").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException) { return 0; }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
