namespace AccountingPlatform.Payment.Orders;

/// <summary>Whether an enrollment can still be paid, as Enrollment's events told Payment.</summary>
public enum PayableEnrollmentState
{
    Payable,
    /// <summary>The candidate cancelled it unpaid (<c>EnrollmentCancelled</c>).</summary>
    Cancelled,
    /// <summary>Not paid by its deadline (<c>EnrollmentExpired</c>).</summary>
    Expired,
    /// <summary>Paid, then withdrawn (<c>EnrollmentWithdrawn</c>): its payment is refunded.</summary>
    Withdrawn,
}
