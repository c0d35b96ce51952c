namespace AccountingPlatform.Contracts;

/// <summary>An enrollment was not paid by its payment deadline: it can no longer be paid.</summary>
public sealed record EnrollmentExpired(Guid EnrollmentId, Guid UserId, DateTimeOffset PayBy, DateTimeOffset OccurredAt) : IIntegrationEvent;
