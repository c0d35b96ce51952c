namespace AccountingPlatform.Contracts;

/// <summary>An enrollment is paid and therefore confirmed.</summary>
public sealed record EnrollmentConfirmed(Guid EnrollmentId, Guid UserId, string ExamCode, string ProvinceCode, DateTimeOffset OccurredAt) : IIntegrationEvent;
