using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Alipay;

/// <summary>
/// Alipay's asynchronous trade notification (https://opendocs.alipay.com/open/194/103296, 异步通知): the RSA2 signature
/// over every field but <c>sign</c> and <c>sign_type</c>, then our app id; a paid trade is applied through
/// <see cref="NotifiedPayments"/> (order and amount checked). Alipay retries until it reads <c>success</c> (up to ~25 h).
/// </summary>
public sealed class AlipayNotificationHandler(
    PaymentDbContext db, AlipayClient alipay, NotifiedPayments notified, IOptions<AlipayOptions> options, TimeProvider clock,
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
        var status = form.GetValueOrDefault("trade_status");
        if (status is "TRADE_SUCCESS" or "TRADE_FINISHED")
        {
            return await notified.ApplyAsync(PaymentChannel.Alipay, outTradeNo, AlipayAmount.ToFen(form.GetValueOrDefault("total_amount")),
                form.GetValueOrDefault("trade_no"), BeijingTime.Parse(form.GetValueOrDefault("gmt_payment")), cancellationToken);
        }

        var order = await db.Orders.FirstOrDefaultAsync(o => o.OutTradeNo == outTradeNo && o.Channel == PaymentChannel.Alipay, cancellationToken);
        if (order is null) return false;
        if (status == "TRADE_CLOSED" && order.Status == PaymentOrderStatus.Pending) order.Close(clock.GetUtcNow(), stillPayableAtChannel: false, TimeSpan.Zero);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        return true;
    }
}
