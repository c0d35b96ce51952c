namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>An enrollment in GET /api/enrollment/admin/exams/{code}/enrollments: the person masked.</summary>
public sealed record AdminEnrollmentView(Guid Id, string? EnrollmentNumber, string MaskedName, string? CertificateType, string MaskedCertificateNumber,
    string MaskedPhone, string Kind, IReadOnlyList<string> SubjectCodes, long AmountFen, string Status, DateTimeOffset CreatedAt, DateTimeOffset PayBy,
    DateTimeOffset? PaidAt, DateTimeOffset? ClosedAt);
