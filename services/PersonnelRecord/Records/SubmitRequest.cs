namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// 承诺并提交: the candidate's commitment that the information is true, and, when the chosen department is away from the
/// current employer's location (<see cref="EmployerLocation"/>), why.
/// </summary>
public sealed record SubmitRequest(bool Commitment, DepartmentReason? DepartmentReason = null);
