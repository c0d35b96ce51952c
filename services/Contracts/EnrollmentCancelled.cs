namespace AccountingPlatform.Contracts;

/// <summary>The candidate cancelled an unpaid enrollment (to choose another province): it can no longer be paid.</summary>
public sealed record EnrollmentCancelled(Guid EnrollmentId, Guid UserId, DateTimeOffset OccurredAt) : IIntegrationEvent;
