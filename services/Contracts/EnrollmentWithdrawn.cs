namespace AccountingPlatform.Contracts;

/// <summary>
/// The candidate withdrew a paid enrollment inside the registration window: Payment refunds the order that paid it
/// and answers with <see cref="PaymentRefunded"/>.
/// </summary>
public sealed record EnrollmentWithdrawn(Guid EnrollmentId, Guid UserId, Guid PaymentOrderId, long AmountFen, DateTimeOffset OccurredAt) : IIntegrationEvent;
