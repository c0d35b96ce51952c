using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Alipay;

/// <summary>
/// Applies Alipay's asynchronous trade notification: signature, app id, order and amount checked; idempotent, so
/// Alipay's retries (up to ~25 h) change nothing once applied. The payment itself is applied by the one rule in
/// <see cref="OrderPayments"/>, which the reconciliation worker shares (a lost notify is found by a query).
/// </summary>
public sealed class AlipayNotificationHandler(
    PaymentDbContext db, AlipayClient alipay, OrderPayments payments, IOptions<AlipayOptions> options, TimeProvider clock,
    ILogger<AlipayNotificationHandler> logger)
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
        await payments.ApplyAsync(order, form.GetValueOrDefault("trade_no"),
            BeijingTime.Parse(form.GetValueOrDefault("gmt_payment")) ?? clock.GetUtcNow(), cancellationToken);
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
