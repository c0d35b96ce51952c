namespace AccountingPlatform.Enrollment.Candidates;

public enum PersonnelRecordState
{
    None,
    Pending,
    Approved,
    Rejected,
    /// <summary>An approved record being changed: it must be submitted and approved again.</summary>
    Reopened,
}
