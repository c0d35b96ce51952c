using System.Collections.Concurrent;

namespace AccountingPlatform.Benchmarks.Report;

/// <summary>Every timed call of a run, by step (e.g. <c>register</c>, <c>enroll</c>), and every failure with what it answered.</summary>
public sealed class CallLog
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _latencies = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _failureCount;

    public int Failures => _failureCount;
    public IReadOnlyList<string> FailureSamples => [.. _failures.Take(10)];

    public void Record(string step, TimeSpan elapsed) =>
        _latencies.GetOrAdd(step, _ => new ConcurrentQueue<double>()).Enqueue(elapsed.TotalMilliseconds);

    public void Fail(string what)
    {
        if (Interlocked.Increment(ref _failureCount) <= 10) _failures.Enqueue(what);
    }

    public IReadOnlyList<double> Of(string step) => _latencies.TryGetValue(step, out var q) ? [.. q] : [];

    public IEnumerable<(string Step, Percentiles Latency)> Steps() =>
        _latencies.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, Percentiles.Of([.. s.Value])));
}
