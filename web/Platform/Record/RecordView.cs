namespace AccountingPlatform.Web.Platform.Record;

/// <summary>GET /api/personnel/me/record: the candidate's record as the wizard and 审核告知 show it (enums kept as the API's strings).</summary>
public sealed record RecordView(
    Guid Id, string Status, int Version, string? CollectionScope, string? DepartmentDivisionCode, string? DepartmentName,
    string? ReviewComment, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, RecordBasicInfo BasicInfo,
    string? StandardPhotoUrl, string? CertificateFrontUrl, string? CertificateBackUrl, int Educations, int WorkExperiences,
    DepartmentContactView? Department, string? DepartmentReason = null, EmployerAwayView? DepartmentAwayFromEmployer = null);
