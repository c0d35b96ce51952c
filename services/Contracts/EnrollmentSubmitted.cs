namespace AccountingPlatform.Contracts;

/// <summary>A candidate enrolled and now owes <c>AmountFen</c> (CNY fen), payable until <c>PayBy</c>.</summary>
public sealed record EnrollmentSubmitted(
    Guid EnrollmentId,
    Guid UserId,
    string ExamCode,
    string ProvinceCode,
    IReadOnlyList<string> SubjectCodes,
    long AmountFen,
    DateTimeOffset PayBy,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
