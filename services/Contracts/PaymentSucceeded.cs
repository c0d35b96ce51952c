namespace AccountingPlatform.Contracts;

/// <summary>A payment for an enrollment was confirmed by its channel. Payment success = enrollment success.</summary>
public sealed record PaymentSucceeded(
    Guid PaymentOrderId,
    Guid EnrollmentId,
    Guid UserId,
    string Channel,
    long AmountFen,
    string ChannelTradeNo,
    DateTimeOffset PaidAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
