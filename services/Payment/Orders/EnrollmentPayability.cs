namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// The one rule for whether an enrollment can still take money at a moment, for a new order (<see cref="OrderPlan"/>)
/// and for money a channel confirmed (<see cref="OrderPayments"/>) alike: not once another of its orders is paid, nor
/// once it is cancelled, expired or withdrawn, nor after its payment deadline, in that order (an enrollment both paid
/// and past its deadline is "already paid"). An enrollment Payment has not heard of yet (its <c>EnrollmentSubmitted</c>
/// is still on its way) refuses no money that reaches it.
/// </summary>
public static class EnrollmentPayability
{
    public static Payability Of(PayableEnrollment? payable, bool alreadyPaid, DateTimeOffset at)
    {
        if (alreadyPaid) return Payability.AlreadyPaid;
        if (payable is null) return Payability.Payable;
        if (!payable.IsPayable) return Payability.NotPayable;
        return at > payable.PayBy ? Payability.PastDeadline : Payability.Payable;
    }
}
