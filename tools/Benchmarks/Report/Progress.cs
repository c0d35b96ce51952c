using System.Diagnostics;

namespace AccountingPlatform.Benchmarks.Report;

/// <summary>One line on standard error every few seconds while a run goes: the phase, how far it is, failures so far.</summary>
public sealed class Progress : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly CallLog _log;
    private string _phase = "starting";
    private int _done;
    private int _total;

    public Progress(CallLog log, TimeSpan every)
    {
        _log = log;
        _timer = new Timer(_ => Print(), null, every, every);
    }

    public void Phase(string phase, int total = 0)
    {
        Volatile.Write(ref _phase, phase);
        Interlocked.Exchange(ref _done, 0);
        Interlocked.Exchange(ref _total, total);
        Print();
    }

    public void Tick() => Interlocked.Increment(ref _done);

    private void Print()
    {
        var total = Volatile.Read(ref _total);
        var count = total > 0 ? $" {Volatile.Read(ref _done)}/{total}" : "";
        var failures = _log.Failures;
        var latest = failures > 0 && _log.FailureSamples is [.., var last] ? $" (e.g. {last[..Math.Min(last.Length, 300)]})" : "";
        Console.Error.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {Volatile.Read(ref _phase)}{count}; failures {failures}{latest}");
    }

    public void Dispose() => _timer.Dispose();
}
