namespace AccountingPlatform.PersonnelRecord.Records;

public enum RecordStatus
{
    Draft,
    Pending,
    Approved,
    Rejected,
}
