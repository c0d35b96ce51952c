using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Data;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// Before a renewed code is made, the previous one is closed at its channel, so it can no longer be paid, and then
/// here. If the channel refuses because it was paid after all, the payment is applied as a notify would be and no new
/// code is made. Channel failures are thrown (<see cref="ChannelFailures"/>); the order stays open.
/// </summary>
public sealed class OrderRenewal(PaymentDbContext db, PaymentChannels channels, OrderPayments payments, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderRenewal> logger)
{
    /// <summary>True when the order is closed; false when it turned out paid (applied and saved).</summary>
    public async Task<bool> CloseAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var channel = channels.Of(order);
        if (await channel.CloseAsync(order, cancellationToken))
        {
            order.Close(clock.GetUtcNow(), stillPayableAtChannel: !channel.ClosesTrades, options.Value.ReconcileAfter);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        var trade = await channel.QueryAsync(order, cancellationToken);
        if (!trade.IsPaid || trade.AmountFen != order.AmountFen)
            throw new PaymentChannelException($"close {order.OutTradeNo} refused, query says {trade.Status} {trade.AmountFen} fen");
        await payments.ApplyAsync(order, trade.TradeNo, trade.PaidAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Order {OrderId} was paid before its renewal; applied as {Status}", order.Id, order.Status);
        return false;
    }
}
