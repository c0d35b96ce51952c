namespace AccountingPlatform.Benchmarks.Report;

/// <summary>Count, p50, p99 and max of a set of latencies in milliseconds (nearest-rank).</summary>
public sealed record Percentiles(int Count, double P50, double P99, double Max)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Percentiles(0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new Percentiles(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() => $"p50 {P50:F1} ms, p99 {P99:F1} ms (n={Count})";
}
