namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>采集范围.</summary>
public enum CollectionScope
{
    /// <summary>（一）会计人员：从事过会计工作的人员，在职或不在职.</summary>
    AccountingPersonnel,
}
