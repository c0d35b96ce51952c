using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Orders;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Reconciliation;

/// <summary>
/// One look at a pending order at its channel (a query): paid there → applied exactly as a verified notify would be
/// (<see cref="OrderPayments"/>), so a lost notify still confirms the enrollment; closed there → closed here; unpaid and
/// its code expired → closed at the channel first (Alipay's own timeout is in whole minutes and may be later), then
/// here, and <c>PaymentExpired</c> is published; the channel refusing to close a paid trade → queried again at once.
/// Anything else, or no answer, is looked at again later. The caller saves.
/// </summary>
public sealed class OrderReconciliation(
    PaymentChannels channels, OrderPayments payments, OrderExpiry expiry, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderReconciliation> logger)
{
    public async Task AttemptAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var channel = channels.Of(order);
        if (order.Status == PaymentOrderStatus.Closed)
        {
            await LastLookAsync(order, channel, now, cancellationToken);
            return;
        }
        try
        {
            var trade = await channel.QueryAsync(order, cancellationToken);
            if (trade.IsPaid && trade.AmountFen == order.AmountFen)
            {
                await payments.ApplyAsync(order, trade.TradeNo, trade.PaidAt, cancellationToken);
                logger.LogWarning("Order {OrderId} was paid at {Channel} without a notify reaching us; applied as {Status}", order.Id, order.Channel, order.Status);
                return;
            }
            if (trade.IsPaid)
            {
                logger.LogError("{Channel} reports order {OrderId} paid with {Amount} fen, expected {Expected} fen; left pending", order.Channel, order.Id, trade.AmountFen, order.AmountFen);
            }
            else if (trade.IsClosed)
            {
                order.Close(now, stillPayableAtChannel: false, TimeSpan.Zero);
                return;
            }
            else if (order.ExpiresAt <= now)
            {
                if (await channel.CloseAsync(order, cancellationToken))
                {
                    expiry.Close(order);
                    logger.LogInformation("Closed order {OrderId}: its code expired at {ExpiresAt}", order.Id, order.ExpiresAt);
                    return;
                }
                logger.LogWarning("{Channel} would not close expired order {OrderId}: paid meanwhile; querying it again", order.Channel, order.Id);
                order.ScheduleNextCheck(now, TimeSpan.FromSeconds(1));
                return;
            }
        }
        catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Reconciling order {OrderId} at {Channel} failed (check {Check}); it will be tried again", order.Id, order.Channel, order.Checks + 1);
        }
        order.ScheduleNextCheck(now, options.Value.ReconcileAfter);
    }

    /// <summary>
    /// A code closed here that its channel may still have taken money on (see <see cref="PaymentOrder.Close"/>), looked
    /// at once its code can no longer be paid: money found is applied by the one rule (kept while the enrollment is
    /// unpaid, otherwise refunded); then it is not looked at again.
    /// </summary>
    private async Task LastLookAsync(PaymentOrder order, IPaymentChannel channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var trade = await channel.QueryAsync(order, cancellationToken);
            if (trade.IsPaid && trade.AmountFen == order.AmountFen)
            {
                await payments.ApplyAsync(order, trade.TradeNo, trade.PaidAt, cancellationToken);
                logger.LogWarning("Closed order {OrderId} was paid at {Channel} without a notify reaching us; applied as {Status}", order.Id, order.Channel, order.Status);
            }
            else if (trade.IsPaid)
            {
                logger.LogError("{Channel} reports closed order {OrderId} paid with {Amount} fen, expected {Expected} fen", order.Channel, order.Id, trade.AmountFen, order.AmountFen);
            }
            order.EndChecks();
        }
        catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "The last look at closed order {OrderId} at {Channel} failed; it will be tried again", order.Id, order.Channel);
            order.ScheduleNextCheck(now, options.Value.ReconcileAfter);
        }
    }
}
