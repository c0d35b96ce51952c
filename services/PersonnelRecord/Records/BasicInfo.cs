namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>基本信息, from Identity's events; read-only for the candidate.</summary>
public sealed record BasicInfo(string Name, string CertificateType, string CertificateNumber, string? Gender, DateOnly? BirthDate, string Phone);
