namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// A checked line of a results import waiting for its merge (an unlogged staging table, written by <c>COPY</c>): the
/// merge moves an import's lines into <see cref="ExamResult"/> in one statement and deletes them. No key: nothing
/// looks one line up.
/// </summary>
public sealed class ResultsImportLine
{
    public Guid ImportId { get; init; }
    public int Line { get; init; }
    /// <summary>The result's id if the line adds one.</summary>
    public Guid ResultId { get; init; }
    public required string CertificateType { get; init; }
    public required string CertificateNumber { get; init; }
    public required string SubjectCode { get; init; }
    public decimal Score { get; init; }
    public string? HolderForm { get; init; }
}
