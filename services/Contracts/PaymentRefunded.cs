namespace AccountingPlatform.Contracts;

/// <summary>
/// Money taken for an enrollment was returned through its channel. <c>Reason</c>: <c>Withdrawn</c> (the candidate
/// withdrew), <c>NotPayable</c> (paid after the enrollment was cancelled or expired), <c>Duplicate</c> (a second payment
/// for an enrollment already paid).
/// </summary>
public sealed record PaymentRefunded(
    Guid PaymentOrderId,
    Guid EnrollmentId,
    Guid UserId,
    string Channel,
    long AmountFen,
    string Reason,
    string ChannelRefundNo,
    DateTimeOffset RefundedAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
