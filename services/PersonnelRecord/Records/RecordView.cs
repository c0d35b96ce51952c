namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// The candidate's record as the wizard and the review notice show it. <c>DepartmentAwayFromEmployer</c>: the current
/// employer the chosen department is away from (the submission then asks for <c>DepartmentReason</c>).
/// </summary>
public sealed record RecordView(
    Guid Id, RecordStatus Status, int Version, CollectionScope? CollectionScope, string? DepartmentDivisionCode, string? DepartmentName,
    string? ReviewComment, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, BasicInfo BasicInfo,
    string? StandardPhotoUrl, string? CertificateFrontUrl, string? CertificateBackUrl, int Educations, int WorkExperiences,
    DepartmentContact? Department, DepartmentReason? DepartmentReason, EmployerAway? DepartmentAwayFromEmployer);
