namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>报名: the exam, one province, the subjects, and the two online commitments (完全同意; 我已阅知上述条款).</summary>
public sealed record EnrollRequest(
    string? ExamCode,
    string? ProvinceCode,
    IReadOnlyList<string>? SubjectCodes,
    bool AcceptedCommitment,
    bool AcceptedLegalNotice);
