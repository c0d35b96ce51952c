namespace AccountingPlatform.Contracts;

/// <summary>
/// A payment QR code expired unpaid and was closed at its channel; the enrollment is still unpaid and, until its
/// deadline (<c>PayBy</c>), the candidate may ask for a new code.
/// </summary>
public sealed record PaymentExpired(
    Guid PaymentOrderId,
    Guid EnrollmentId,
    Guid UserId,
    string Channel,
    DateTimeOffset ExpiredAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
