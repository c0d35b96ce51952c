namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>An entry of one of the record's lists (教育经历, 工作经历).</summary>
public interface IRecordEntry
{
    Guid Id { get; }
    Guid UserId { get; }
    DateOnly StartDate { get; }
}
