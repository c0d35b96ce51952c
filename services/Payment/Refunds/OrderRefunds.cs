using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// One attempt to return an order's money through its channel, under the order's own refund number: refunded, the order records it and <c>PaymentRefunded</c> goes into the outbox with it; otherwise
/// the next attempt is scheduled. The caller saves.
/// </summary>
public sealed class OrderRefunds(PaymentDbContext db, PaymentChannels channels, TimeProvider clock, ILogger<OrderRefunds> logger)
{
    public async Task AttemptAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        if (order is not { Status: PaymentOrderStatus.RefundRequired, RefundReason: { } reason, RefundNo: { } refundNo })
            throw new InvalidOperationException($"Order {order.Id} is not waiting for a refund.");
        var now = clock.GetUtcNow();
        try
        {
            var refund = await channels.Of(order).RefundAsync(order, ReasonShownToThePayer(reason), cancellationToken);
            if (refund.Refunded)
            {
                order.RecordRefund(refund.RefundedAt ?? now);
                db.AddIntegrationEvent(new PaymentRefunded(order.Id, order.EnrollmentId, order.UserId, order.Channel.ToString(),
                    order.AmountFen, reason.ToString(), refundNo, order.RefundedAt!.Value, now));
                logger.LogInformation("Refunded order {OrderId} ({Reason}) through {Channel} as {RefundNo}", order.Id, reason, order.Channel, refundNo);
                return;
            }
            logger.LogWarning("{Channel} has not refunded order {OrderId} yet ({Reason}, attempt {Attempt}): {Detail}",
                order.Channel, order.Id, reason, order.RefundAttempts + 1, refund.Detail);
        }
        catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Refunding order {OrderId} through {Channel} failed (attempt {Attempt}); it will be tried again", order.Id, order.Channel, order.RefundAttempts + 1);
        }
        order.RetryRefundLater(now);
    }

    /// <summary>The channels show it in the payer's bill (Alipay's refund_reason, WeChat Pay's reason).</summary>
    private static string ReasonShownToThePayer(RefundReason reason) => reason switch
    {
        RefundReason.Withdrawn => "会计考试退考退费",
        RefundReason.NotPayable => "报名已取消或已过缴费期限，退还报名费",
        _ => "重复缴费退款",
    };
}
