using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.Payment.Orders;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.WeChatPay;

/// <summary>
/// WeChat Pay's payment callback (支付成功回调通知, https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_5.shtml):
/// the platform signature over <c>timestamp\nnonce\nbody\n</c> and the AEAD_AES_256_GCM resource (both in
/// <see cref="WeChatPayNotificationReader"/>), then our mchid and appid; a SUCCESS transaction is applied through
/// <see cref="NotifiedPayments"/>. WeChat Pay retries until it gets 200/204 (15 times over 24 h 4 min).
/// </summary>
public sealed class WeChatPayNotificationHandler(
    WeChatPayNotificationReader reader, NotifiedPayments notified, IOptions<WeChatPayOptions> options,
    ILogger<WeChatPayNotificationHandler> logger)
{
    /// <summary>True when the callback is applied (or was already, or is not a payment): answered 204.</summary>
    public async Task<bool> HandleAsync(WeChatPaySignedHeaders headers, string body, CancellationToken cancellationToken)
    {
        WeChatPayPaymentNotification notification;
        try
        {
            notification = reader.Read(headers, body);
        }
        catch (Exception ex) when (ex is WeChatPaySignatureException or FormatException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Rejected a WeChat Pay callback that is not verifiably WeChat Pay's");
            return false;
        }

        var transaction = notification.Transaction;
        if (transaction.MchId != options.Value.MchId || transaction.AppId != options.Value.AppId)
        {
            logger.LogWarning("Rejected a WeChat Pay callback for merchant {MchId} / app {AppId}", transaction.MchId, transaction.AppId);
            return false;
        }
        if (!transaction.IsPaid)
        {
            logger.LogInformation("WeChat Pay called back for order {OutTradeNo} in state {State}; nothing to apply", transaction.OutTradeNo, transaction.TradeState);
            return true;
        }
        return await notified.ApplyAsync(PaymentChannel.WeChatPay, transaction.OutTradeNo, transaction.Amount?.Total,
            transaction.TransactionId, transaction.SuccessTime, cancellationToken);
    }
}
