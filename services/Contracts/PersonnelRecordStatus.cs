namespace AccountingPlatform.Contracts;

/// <summary>Where a personnel record stands, as PersonnelRecord decides it.</summary>
public enum PersonnelRecordStatus
{
    /// <summary>Submitted, waiting for its department's review.</summary>
    Pending,
    Approved,
    Rejected,
    /// <summary>An approved record being changed: a draft again until it is submitted and approved anew.</summary>
    Reopened,
}
