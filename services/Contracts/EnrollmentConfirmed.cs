namespace AccountingPlatform.Contracts;

/// <summary>An enrollment is paid and therefore confirmed, with its enrollment number (报名号, unique per exam and province).</summary>
public sealed record EnrollmentConfirmed(
    Guid EnrollmentId, Guid UserId, string ExamCode, string ProvinceCode, string EnrollmentNumber, DateTimeOffset OccurredAt) : IIntegrationEvent;
