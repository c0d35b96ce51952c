using System.Globalization;
using AccountingPlatform.Benchmarks.Platform;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// The highest resident set size of every platform process while the run goes, sampled twice a second from /proc:
/// a resource's <see cref="ProcessTree"/> (PostgreSQL's backends, RabbitMQ's Erlang VM under its script; not the
/// <c>dotnet run</c> launcher).
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
            var all = ProcessTree.Read();
            foreach (var (resource, pid) in _platform.ProcessIds())
            {
                var tree = ProcessTree.Of(pid, all);
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
