using System.Globalization;
using AccountingPlatform.Benchmarks.Platform;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// The highest resident set size of every platform process while the run goes, sampled twice a second from /proc:
/// a resource's <see cref="ProcessTree"/> (PostgreSQL's backends, RabbitMQ's Erlang VM under its script; not the
/// <c>dotnet run</c> launcher). A service in several instances: each instance's peak (<c>identity#1</c>) and the peak of
/// their sum, sampled together (<c>identity</c>).
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

    /// <summary>The peaks sampled so far, into the report (RSS and PSS per process and per service).</summary>
    public void ReadPeaks(BenchmarkReport report)
    {
        foreach (var (resource, mib) in PeakMiB) report.PeakRssMiB[resource] = mib;
        foreach (var (resource, mib) in PeakPssMiB) report.PeakPssMiB[resource] = mib;
    }

    /// <summary>One finding per service (each instance judged against the target when there are several).</summary>
    public static void AddFindings(BenchmarkReport report)
    {
        var services = PlatformTarget.Services.Append("gateway").Append("web").Where(report.PeakRssMiB.ContainsKey).ToList();
        foreach (var service in services)
        {
            var instances = report.PeakRssMiB.Where(p => p.Key.StartsWith(service + "#", StringComparison.Ordinal)).Select(p => p.Value).ToList();
            report.Findings.Add(instances.Count == 0
                ? new Finding($"Peak RSS, {service}", report.PeakRssMiB[service], "MiB", null, null, $"≤ {TargetMiB:F0} MiB", report.PeakRssMiB[service] <= TargetMiB)
                : new Finding($"Peak RSS, {service}, {instances.Count} instances summed", report.PeakRssMiB[service], "MiB",
                    $"each: {string.Join(", ", instances.Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))} MiB", null,
                    $"≤ {TargetMiB:F0} MiB each", instances.All(m => m <= TargetMiB)));
        }
    }

    private static double TargetMiB => PlatformBenchmark.MemoryTargetMiB;

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var all = ProcessTree.Read();
            var rss = new Dictionary<string, long>();
            var pss = new Dictionary<string, long>();
            foreach (var process in _platform.Processes())
            {
                var tree = ProcessTree.Of(process.Pid, all);
                var (processRss, processPss) = (tree.Sum(p => KiB(p, "status", "VmRSS:")), tree.Sum(p => KiB(p, "smaps_rollup", "Pss:")));
                rss[process.Service] = rss.GetValueOrDefault(process.Service) + processRss;
                pss[process.Service] = pss.GetValueOrDefault(process.Service) + processPss;
                if (!process.IsReplica) continue;
                rss[process.Instance] = processRss;
                pss[process.Instance] = processPss;
            }
            lock (_peakKiB)
            {
                foreach (var (key, kib) in rss) _peakKiB[key] = Math.Max(_peakKiB.GetValueOrDefault(key), kib);
                foreach (var (key, kib) in pss) _peakPssKiB[key] = Math.Max(_peakPssKiB.GetValueOrDefault(key), kib);
            }
            try { await Task.Delay(500, _stop.Token); }
            catch (OperationCanceledException) { break; }
        }
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
