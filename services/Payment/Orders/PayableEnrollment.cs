namespace AccountingPlatform.Payment.Orders;

/// <summary>An enrollment waiting for payment, learned from <c>EnrollmentSubmitted</c>.</summary>
public sealed class PayableEnrollment
{
    public Guid EnrollmentId { get; init; }
    public Guid UserId { get; init; }
    public required string ExamCode { get; init; }
    public long AmountFen { get; init; }
    public DateTimeOffset PayBy { get; init; }
}
