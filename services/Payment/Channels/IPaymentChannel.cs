using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.Channels;

/// <summary>
/// What Payment needs of a channel (Alipay, WeChat Pay, UnionPay), each speaking its own protocol behind it. Every
/// method throws what <see cref="ChannelFailures"/> names when the channel gives no usable answer.
/// </summary>
public interface IPaymentChannel
{
    PaymentChannel Channel { get; }

    /// <summary>False when this deployment has no merchant account on the channel: it is not offered.</summary>
    bool IsConfigured { get; }

    /// <summary>False when the channel has no way to make an unpaid code unpayable before its expiry (UnionPay).</summary>
    bool ClosesTrades { get; }

    /// <summary>The text of the QR code the candidate scans for <paramref name="order"/>, payable until its expiry.</summary>
    Task<string> CreateQrCodeAsync(PaymentOrder order, string subject, CancellationToken cancellationToken);

    /// <summary>The order's trade as the channel sees it now.</summary>
    Task<ChannelTrade> QueryAsync(PaymentOrder order, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the order's code unpayable: true when it can no longer be paid, false when the channel says it was paid
    /// (query it and apply the payment).
    /// </summary>
    Task<bool> CloseAsync(PaymentOrder order, CancellationToken cancellationToken);

    /// <summary>
    /// One attempt to return all of the order's money under its <see cref="PaymentOrder.RefundNo"/> (the same number on
    /// every attempt, so the channel refunds once).
    /// </summary>
    Task<ChannelRefund> RefundAsync(PaymentOrder order, string reasonShownToPayer, CancellationToken cancellationToken);
}
