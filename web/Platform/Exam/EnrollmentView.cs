namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>One of the candidate's enrollments: status, subjects, amount, number and the API's own next step.</summary>
public sealed record EnrollmentView(
    Guid Id, string ExamCode, string ProvinceCode, string Kind, string Status, IReadOnlyList<string> SubjectCodes, IReadOnlyList<string> CarriedSubjectCodes,
    long FeePerSubjectFen, long AmountFen, string Currency, int NoticeVersion, DateTimeOffset CreatedAt, DateTimeOffset PayBy, DateTimeOffset? PaidAt,
    string? EnrollmentNumber, DateTimeOffset? ClosedAt, EnrollmentContactView? Contact, string NextStep);
