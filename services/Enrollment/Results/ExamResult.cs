namespace AccountingPlatform.Enrollment.Results;

/// <summary>A subject a person passed in an exam, imported by an administrator, keyed by the person's certificate.</summary>
public sealed class ExamResult
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string ExamCode { get; init; }
    public required string CertificateType { get; init; }
    public required string CertificateNumber { get; init; }
    public required string SubjectCode { get; init; }
    public decimal Score { get; set; }
    /// <summary>What the results file said of the person (the enrollment information the exam office kept), as JSON; see <see cref="HolderColumns"/>.</summary>
    public string? HolderForm { get; set; }
    public Guid ImportedBy { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
