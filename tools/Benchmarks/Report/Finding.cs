namespace AccountingPlatform.Benchmarks.Report;

/// <summary>
/// One line of the table: what was measured, its value, the limit it is judged against (measured in the same run on
/// the same machine), their ratio, the target and whether it was met.
/// </summary>
public sealed record Finding(string Measure, double Value, string Unit, string? Limit, double? Ratio, string Target, bool? Met);
