namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// 报名: the exam and one province, the version of the must-read notice read, the two online commitments
/// (完全同意; 我已阅知上述条款), the subjects, the contact, and the form where the province needs one.
/// </summary>
public sealed record EnrollRequest(
    string? ExamCode,
    string? ProvinceCode,
    int? NoticeVersion,
    bool AcceptedCommitment,
    bool AcceptedLegalNotice,
    IReadOnlyList<string>? SubjectCodes,
    EnrollmentContact? Contact,
    EnrollmentForm? Form);
