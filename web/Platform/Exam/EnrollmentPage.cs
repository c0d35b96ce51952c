namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>A page of the candidate's enrollments.</summary>
public sealed record EnrollmentPage(IReadOnlyList<EnrollmentView> Items, int Page, int PageSize, int Total);
