using AccountingPlatform.PersonnelRecord.Records;
namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>One 工作经历 entry of a candidate's record.</summary>
public sealed class WorkExperience : IRecordEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public DateOnly StartDate { get; set; }
    /// <summary>Null: 至今.</summary>
    public DateOnly? EndDate { get; set; }
    public required string Employer { get; set; }
    public required string CreditCode { get; set; }
    public EmployerType EmployerType { get; set; }
    public required string Industry { get; set; }
    public required string Address { get; set; }
    public required string Phone { get; set; }
    public bool HasAccountingWork { get; set; }
    public List<AccountingWork> AccountingWorks { get; set; } = [];
    public Guid? ProofFileId { get; set; }
}
