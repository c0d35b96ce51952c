using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.Orders;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Reconciliation;

/// <summary>
/// One look at a pending order at Alipay (<c>alipay.trade.query</c>): paid there → applied exactly as a verified notify
/// would be (<see cref="OrderPayments"/>), so a lost notify still confirms the enrollment; closed there → closed here;
/// unpaid and its code expired → closed at Alipay first (<c>alipay.trade.close</c>; Alipay's own timeout is in whole
/// minutes and may be later), then here; Alipay refusing to close a paid trade → queried again at once. Anything else,
/// or no answer, is looked at again later. The caller saves.
/// </summary>
public sealed class OrderReconciliation(
    AlipayTrades trades, OrderPayments payments, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderReconciliation> logger)
{
    public async Task AttemptAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            var trade = await trades.QueryAsync(order.OutTradeNo, cancellationToken);
            if (trade.IsPaid && trade.AmountFen == order.AmountFen)
            {
                await payments.ApplyAsync(order, trade.TradeNo, trade.PaidAt ?? now, cancellationToken);
                logger.LogWarning("Order {OrderId} was paid at Alipay without a notify reaching us; applied as {Status}", order.Id, order.Status);
                return;
            }
            if (trade.IsPaid)
            {
                logger.LogError("Alipay reports order {OrderId} paid with {Amount} fen, expected {Expected} fen; left pending", order.Id, trade.AmountFen, order.AmountFen);
            }
            else if (trade.IsClosed)
            {
                order.Status = PaymentOrderStatus.Closed;
                return;
            }
            else if (order.ExpiresAt <= now)
            {
                if (await trades.CloseAsync(order.OutTradeNo, cancellationToken))
                {
                    order.Status = PaymentOrderStatus.Closed;
                    logger.LogInformation("Closed order {OrderId}: its code expired at {ExpiresAt}", order.Id, order.ExpiresAt);
                    return;
                }
                logger.LogWarning("Alipay would not close expired order {OrderId}: paid meanwhile; querying it again", order.Id);
                order.ScheduleNextCheck(now, TimeSpan.FromSeconds(1));
                return;
            }
        }
        catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Reconciling order {OrderId} at Alipay failed (check {Check}); it will be tried again", order.Id, order.Checks + 1);
        }
        order.ScheduleNextCheck(now, options.Value.ReconcileAfter);
    }
}
