using AccountingPlatform.ServiceDefaults;
using System.Globalization;
using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.Payment.Refunds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Alipay;

/// <summary>
/// Applies Alipay's asynchronous trade notification: signature, app id, order and amount checked; idempotent, so
/// Alipay's retries (up to ~25 h) change nothing once applied. A payment for a closed order still counts when the
/// enrollment is unpaid; one that arrives after the enrollment was paid (Duplicate), cancelled, expired or withdrawn
/// (NotPayable) is recorded and refunded by the refund worker, never lost.
/// </summary>
public sealed class AlipayNotificationHandler(
    PaymentDbContext db, AlipayClient alipay, IOptions<AlipayOptions> options, TimeProvider clock, ILogger<AlipayNotificationHandler> logger)
{
    /// <summary>True when the notification is applied (or was already): Alipay is then told <c>success</c>.</summary>
    public async Task<bool> HandleAsync(IReadOnlyDictionary<string, string?> form, CancellationToken cancellationToken)
    {
        if (!alipay.VerifyNotification(form))
        {
            logger.LogWarning("Rejected an Alipay notification with a bad signature");
            return false;
        }
        if (form.GetValueOrDefault("app_id") != options.Value.AppId)
        {
            logger.LogWarning("Rejected an Alipay notification for another app id");
            return false;
        }
        var outTradeNo = form.GetValueOrDefault("out_trade_no");
        var order = await db.Orders.FirstOrDefaultAsync(o => o.OutTradeNo == outTradeNo, cancellationToken);
        if (order is null)
        {
            logger.LogWarning("Alipay notified an unknown order {OutTradeNo}", outTradeNo);
            return false;
        }
        if (AlipayAmount.ToFen(form.GetValueOrDefault("total_amount")) != order.AmountFen)
        {
            logger.LogError("Alipay notified order {OrderId} with amount {Amount}, expected {Expected} fen", order.Id, form.GetValueOrDefault("total_amount"), order.AmountFen);
            return false;
        }

        var status = form.GetValueOrDefault("trade_status");
        if (status is not ("TRADE_SUCCESS" or "TRADE_FINISHED"))
        {
            if (status == "TRADE_CLOSED" && order.Status == PaymentOrderStatus.Pending) order.Status = PaymentOrderStatus.Closed;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        if (order.Status is PaymentOrderStatus.Paid or PaymentOrderStatus.RefundRequired or PaymentOrderStatus.Refunded) return true;

        var paidAt = BeijingTime.Parse(form.GetValueOrDefault("gmt_payment")) ?? clock.GetUtcNow();
        order.ChannelTradeNo = form.GetValueOrDefault("trade_no");
        order.PaidAt = paidAt;
        var payable = await db.Payables.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == order.EnrollmentId, cancellationToken);
        var alreadyPaid = await db.Orders.AnyAsync(o => o.EnrollmentId == order.EnrollmentId && o.Status == PaymentOrderStatus.Paid, cancellationToken);
        if (payable is { IsPayable: false })
        {
            order.RequireRefund(RefundReason.NotPayable, clock.GetUtcNow());
            logger.LogWarning("Order {OrderId} was paid although its enrollment is {State}; to be refunded", order.Id, payable.State);
        }
        else if (alreadyPaid)
        {
            order.RequireRefund(RefundReason.Duplicate, clock.GetUtcNow());
            logger.LogWarning("Order {OrderId} was paid although its enrollment is already paid; to be refunded", order.Id);
        }
        else
        {
            order.Status = PaymentOrderStatus.Paid;
            db.AddIntegrationEvent(new PaymentSucceeded(order.Id, order.EnrollmentId, order.UserId, order.Channel.ToString(),
                order.AmountFen, order.ChannelTradeNo ?? "", paidAt, clock.GetUtcNow()));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // a concurrent notification is applying it; Alipay will retry and find it applied
        }
        return true;
    }
}
