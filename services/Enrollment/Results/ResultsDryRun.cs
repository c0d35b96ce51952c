namespace AccountingPlatform.Enrollment.Results;

/// <summary>A results file checked without importing anything: its lines (blank ones aside), how many are good, and every error with its line and column.</summary>
public sealed record ResultsDryRun(bool DryRun, int Lines, int Valid, IReadOnlyList<ResultLineError> Errors)
{
    public static ResultsDryRun Of(ResultsFileCheck check) => new(true, check.Lines, check.Rows.Count, check.Errors);
}
