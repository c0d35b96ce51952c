namespace AccountingPlatform.Payment.Orders;

/// <summary>Section <c>Payment</c>: how long a QR code lives and when an unpaid order is asked about at the channel.</summary>
public sealed class PaymentOptions
{
    public const string SectionName = "Payment";

    /// <summary><c>Payment:QrCodeLifetime</c>: a new code expires this long after it is made (never after the payment deadline).</summary>
    public TimeSpan QrCodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// <c>Payment:ReconcileAfter</c>: an order still pending this long after it was made is queried at the channel (a
    /// notify may be lost), then again at twice the interval each time, and that long past its code's expiry at the latest, when an expired code is closed at the channel.
    /// </summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>Payment:QueryOnViewEvery</c>: a pending order its candidate opens or refreshes is asked about at its channel at
    /// most once in this time (<see cref="OrderStatusRefresh"/>).
    /// </summary>
    public TimeSpan QueryOnViewEvery { get; set; } = TimeSpan.FromSeconds(5);
}
