using AccountingPlatform.Payment.Channels;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// The one rule for closing an open order before its code expires (a renewal, a cancelled or expired enrollment): at
/// its channel first, so the code can no longer be paid, then here (a channel that cannot close it, UnionPay, leaves it
/// a last look after its expiry). If the channel refuses because it was paid after all, the payment is applied as a
/// notify would be, so it does not hang on a notify that may be lost. Channel failures are thrown
/// (<see cref="ChannelFailures"/>). The caller saves.
/// </summary>
public sealed class OrderClosing(PaymentChannels channels, OrderPayments payments, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderClosing> logger)
{
    /// <summary>True when the order is closed; false when it turned out paid (applied).</summary>
    public async Task<bool> CloseAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var channel = channels.Of(order);
        if (await channel.CloseAsync(order, cancellationToken))
        {
            order.Close(clock.GetUtcNow(), stillPayableAtChannel: !channel.ClosesTrades, options.Value.ReconcileAfter);
            return true;
        }

        var trade = await channel.QueryAsync(order, cancellationToken);
        if (!trade.IsPaid || trade.AmountFen != order.AmountFen)
            throw new PaymentChannelException($"close {order.OutTradeNo} refused, query says {trade.Status} {trade.AmountFen} fen");
        await payments.ApplyAsync(order, trade.TradeNo, trade.PaidAt, cancellationToken);
        logger.LogWarning("{Channel} would not close order {OrderId}: it was paid; applied as {Status}", order.Channel, order.Id, order.Status);
        return false;
    }
}
