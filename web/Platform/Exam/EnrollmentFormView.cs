namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>报名信息 of a province not linked to the personnel registry, as the API sends and takes it.</summary>
public sealed record EnrollmentFormView(string? HighestEducation, string? School, string? Major, string? GraduationDate, int? AccountingWorkYears,
    string? Employer, string? MailingAddress, string? PostalCode);
