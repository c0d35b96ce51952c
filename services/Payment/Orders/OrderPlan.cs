namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// What a request for a QR code comes to, decided from what was loaded and the time alone (<see cref="Decide"/>): a
/// refusal; the enrollment's open order again (valid and on the same channel); or a new order, after closing the open
/// one (a renewal: its code expired, or another channel was chosen). A new code lives
/// <c>Payment:QrCodeLifetime</c>, never past the payment deadline.
/// </summary>
public abstract record OrderPlan
{
    public sealed record Refused(OrderRefusal Refusal) : OrderPlan;

    public sealed record Reuse(PaymentOrder Order) : OrderPlan;

    /// <summary>A new order expiring at <paramref name="ExpiresAt"/>, once <paramref name="Replaced"/> (when any) is closed.</summary>
    public sealed record New(DateTimeOffset ExpiresAt, PaymentOrder? Replaced) : OrderPlan;

    /// <param name="orders">The enrollment's paid and pending orders.</param>
    public static OrderPlan Decide(
        PaymentChannel channel, bool channelOffered, PayableEnrollment? payable, IReadOnlyCollection<PaymentOrder> orders, DateTimeOffset now, TimeSpan qrCodeLifetime)
    {
        if (!channelOffered) return new Refused(OrderRefusal.ChannelNotOffered);
        if (payable is null) return new Refused(OrderRefusal.EnrollmentNotFound);
        switch (EnrollmentPayability.Of(payable, orders.Any(o => o.Status == PaymentOrderStatus.Paid), now))
        {
            case Payability.AlreadyPaid: return new Refused(OrderRefusal.AlreadyPaid);
            case Payability.NotPayable: return new Refused(OrderRefusal.NotPayable);
            case Payability.PastDeadline: return new Refused(OrderRefusal.WindowClosed);
        }

        var open = orders.FirstOrDefault(o => o.Status == PaymentOrderStatus.Pending);
        if (open is not null && open.ExpiresAt > now && open.Channel == channel) return new Reuse(open);
        var expires = now + qrCodeLifetime < payable.PayBy ? now + qrCodeLifetime : payable.PayBy;
        return new New(expires, open);
    }
}
