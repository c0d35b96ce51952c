namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>承诺并提交: the candidate's commitment that the information is true.</summary>
public sealed record SubmitRequest(bool Commitment);
