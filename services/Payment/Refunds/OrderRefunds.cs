using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// One attempt to return an order's money through its channel (Alipay <c>alipay.trade.refund</c>, the order's own
/// refund number): refunded, the order records it and <c>PaymentRefunded</c> goes into the outbox with it; otherwise
/// the next attempt is scheduled. The caller saves.
/// </summary>
public sealed class OrderRefunds(PaymentDbContext db, AlipayClient alipay, TimeProvider clock, ILogger<OrderRefunds> logger)
{
    public async Task AttemptAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        if (order is not { Status: PaymentOrderStatus.RefundRequired, RefundReason: { } reason, RefundNo: { } refundNo })
            throw new InvalidOperationException($"Order {order.Id} is not waiting for a refund.");
        var now = clock.GetUtcNow();
        try
        {
            var refund = await alipay.RefundAsync(order.OutTradeNo, refundNo, order.AmountFen, ReasonShownToTheBuyer(reason), cancellationToken);
            // fund_change Y: refunded by this call. N: nothing moved now; as an order is refunded once and in full, a
            // refunded total that reaches its amount means an earlier attempt (whose answer was lost) refunded it.
            if (refund.Response.IsSuccess && (refund.FundChange || refund.RefundFeeFen >= order.AmountFen))
            {
                order.RecordRefund(refund.RefundedAt ?? now);
                db.AddIntegrationEvent(new PaymentRefunded(order.Id, order.EnrollmentId, order.UserId, order.Channel.ToString(),
                    order.AmountFen, reason.ToString(), refundNo, order.RefundedAt!.Value, now));
                logger.LogInformation("Refunded order {OrderId} ({Reason}) as {RefundNo}", order.Id, reason, refundNo);
                return;
            }
            logger.LogError("Alipay did not refund order {OrderId} ({Reason}, attempt {Attempt}): {Code} {SubCode} {SubMsg}, fund_change {FundChange}",
                order.Id, reason, order.RefundAttempts + 1, refund.Response.Code, refund.Response.SubCode, refund.Response.SubMsg, refund.FundChange);
        }
        catch (Exception ex) when (ex is HttpRequestException or AlipaySignatureException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Refunding order {OrderId} failed (attempt {Attempt}); it will be tried again", order.Id, order.RefundAttempts + 1);
        }
        order.RetryRefundLater(now);
    }

    /// <summary>Alipay shows <c>refund_reason</c> in the buyer's bill.</summary>
    private static string ReasonShownToTheBuyer(RefundReason reason) => reason switch
    {
        RefundReason.Withdrawn => "会计考试退考退费",
        RefundReason.NotPayable => "报名已取消或已过缴费期限，退还报名费",
        _ => "重复缴费退款",
    };
}
