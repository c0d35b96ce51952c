namespace AccountingPlatform.Web.Platform.Record;

/// <summary>基本信息 from registration: read-only for the candidate.</summary>
public sealed record RecordBasicInfo(string Name, string CertificateType, string CertificateNumber, string? Gender, DateOnly? BirthDate, string Phone);
