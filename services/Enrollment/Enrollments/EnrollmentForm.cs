namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>报名信息 a candidate fills in a province not linked to the personnel registry (prefilled for returning candidates).</summary>
public sealed record EnrollmentForm(
    EducationLevel? HighestEducation,
    string? School,
    string? Major,
    DateOnly? GraduationDate,
    int? AccountingWorkYears,
    string? Employer,
    string? MailingAddress,
    string? PostalCode);
