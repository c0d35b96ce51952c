using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.UnionPay;

/// <summary>
/// UnionPay's back-end notification to <c>backUrl</c> (后台通知; see <see cref="UnionPayNotifyReader"/>): its signature
/// and our merId are checked by the reader; a successful payment (txnType 01, respCode 00) is applied through
/// <see cref="NotifiedPayments"/> with UnionPay's <c>queryId</c>, which a refund names. A refund's notification
/// (txnType 04) is acknowledged: the refund worker learns the outcome by querying the refund.
/// </summary>
public sealed class UnionPayNotificationHandler(UnionPayNotifyReader reader, NotifiedPayments notified, ILogger<UnionPayNotificationHandler> logger)
{
    public async Task<bool> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        UnionPayNotification notification;
        try
        {
            notification = await reader.ReadAsync(request, cancellationToken);
        }
        // IOException: a multipart body that ends before its boundary (not the caller going away).
        catch (Exception ex) when (ex is UnionPaySignatureException or InvalidOperationException or InvalidDataException
            || ex is IOException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Rejected a UnionPay notification that is not verifiably UnionPay's");
            return false;
        }
        if (!notification.IsPayment || !notification.IsSuccess)
        {
            logger.LogInformation("UnionPay notified {OrderId}: txnType {TxnType}, respCode {RespCode}; nothing to apply",
                notification.OrderId, notification.TxnType, notification.RespCode);
            return true;
        }
        return await notified.ApplyAsync(PaymentChannel.UnionPay, notification.OrderId, notification.TxnAmtFen,
            notification.QueryId, paidAt: null, cancellationToken);
    }
}
