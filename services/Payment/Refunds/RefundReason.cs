namespace AccountingPlatform.Payment.Refunds;

/// <summary>Why money goes back; the names are <c>PaymentRefunded.Reason</c>'s values.</summary>
public enum RefundReason
{
    /// <summary>The candidate withdrew the paid enrollment (<c>EnrollmentWithdrawn</c>).</summary>
    Withdrawn,
    /// <summary>Paid after the enrollment was cancelled or had expired, or after its payment deadline.</summary>
    NotPayable,
    /// <summary>A second payment for an enrollment already paid.</summary>
    Duplicate,
}
