namespace AccountingPlatform.Payment.Orders;

/// <summary>An enrollment to be paid, learned from <c>EnrollmentSubmitted</c> (and named by <c>EnrollmentConfirmed</c>); unpayable once cancelled, expired or withdrawn.</summary>
public sealed class PayableEnrollment
{
    public Guid EnrollmentId { get; init; }
    public Guid UserId { get; init; }
    public required string ExamCode { get; init; }
    /// <summary>The exam's name and the enrollment number (报名号), once Enrollment confirmed it (<c>EnrollmentConfirmed</c>); what notices name.</summary>
    public string? ExamName { get; set; }
    public string? EnrollmentNumber { get; set; }
    public long AmountFen { get; init; }
    public DateTimeOffset PayBy { get; init; }
    public PayableEnrollmentState State { get; set; }
    /// <summary>The mobile phone the candidate verified by SMS before paying, and the e-mail for the receipt (the pre-pay step).</summary>
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    public bool IsPayable => State == PayableEnrollmentState.Payable;
}
