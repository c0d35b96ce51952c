namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// Why a candidate who is employed chose an accounting management department away from the employer's location (seed
/// 004: 在职在岗人员应选择工作单位所在地；其他人员应选择户籍所在地或居住地).
/// </summary>
public enum DepartmentReason
{
    /// <summary>户籍所在地.</summary>
    HouseholdRegistration,
    /// <summary>居住地.</summary>
    Residence,
    /// <summary>实际工作地与单位登记地不同 (e.g. a branch office).</summary>
    ActualWorkplace,
}
