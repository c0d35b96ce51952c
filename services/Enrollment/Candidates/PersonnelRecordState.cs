namespace AccountingPlatform.Enrollment.Candidates;

public enum PersonnelRecordState
{
    None,
    Pending,
    Approved,
    Rejected,
}
