namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>One period of accounting work within a job (会计工作经历).</summary>
public sealed class AccountingWork
{
    public DateOnly StartDate { get; set; }
    /// <summary>Null: 至今.</summary>
    public DateOnly? EndDate { get; set; }
    public required string Position { get; set; }
}
