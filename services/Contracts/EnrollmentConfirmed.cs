namespace AccountingPlatform.Contracts;

/// <summary>
/// An enrollment is paid and therefore confirmed, with its enrollment number (报名号) and what a receipt names: the
/// exam's name, the candidate's name (null when Enrollment has not learned it), the subjects' names and the amount paid
/// (CNY fen).
/// </summary>
public sealed record EnrollmentConfirmed(
    Guid EnrollmentId,
    Guid UserId,
    string ExamCode,
    string ProvinceCode,
    string EnrollmentNumber,
    string ExamName,
    string? CandidateName,
    IReadOnlyList<string> SubjectNames,
    long AmountFen,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
