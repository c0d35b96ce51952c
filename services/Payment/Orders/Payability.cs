namespace AccountingPlatform.Payment.Orders;

/// <summary>Whether an enrollment can still take money (<see cref="EnrollmentPayability.Of"/>), and if not, why.</summary>
public enum Payability
{
    Payable,
    /// <summary>Another order of the enrollment is paid: a second payment is a duplicate.</summary>
    AlreadyPaid,
    /// <summary>Cancelled, expired or withdrawn.</summary>
    NotPayable,
    /// <summary>Past its payment deadline.</summary>
    PastDeadline,
}
