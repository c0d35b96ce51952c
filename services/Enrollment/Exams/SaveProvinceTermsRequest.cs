namespace AccountingPlatform.Enrollment.Exams;

/// <summary>A province's terms for an exam, as an administrator sets them (instants with their offset, e.g. <c>2024-06-24T09:00:00+08:00</c>).</summary>
public sealed record SaveProvinceTermsRequest(
    DateTimeOffset? WindowOpensAt,
    DateTimeOffset? WindowClosesAt,
    DateTimeOffset? PaymentDeadline,
    long? FeePerSubjectFen,
    bool? LinkedToPersonnelRegistry,
    string? NoticeText,
    string? CommitmentText);
