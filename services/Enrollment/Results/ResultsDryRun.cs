namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// A results file checked without importing anything: its lines (blank ones aside), how many are good, the errors
/// with their line and column (the first <see cref="ResultsImportJob.MaxListedErrors"/>) and how many there are in all.
/// </summary>
public sealed record ResultsDryRun(bool DryRun, int Lines, int Valid, IReadOnlyList<ResultLineError> Errors, int ErrorCount)
{
    public static ResultsDryRun Of(ResultsFileReader file) => new(true, file.Lines, file.Valid, file.Errors, file.ErrorCount);
}
