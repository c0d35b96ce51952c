using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Orders;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.UnionPay;

/// <summary>
/// UnionPay 二维码支付 through the 全渠道 gateway: 申请二维码, 交易状态查询, 退货 (see <see cref="UnionPayClient"/> for
/// where each rule comes from). The order's <c>txnTime</c> is its creation time and a refund's its request time, so
/// both can be queried even when an answer was lost.
/// </summary>
public sealed class UnionPayPaymentChannel(UnionPayClient unionPay, IOptions<UnionPayOptions> options) : IPaymentChannel
{
    /// <summary>respCode 34: 查无此交易 (an unscanned or unpaid code, or a refund never received).</summary>
    private const string NoSuchTransaction = "34";

    public PaymentChannel Channel => PaymentChannel.UnionPay;

    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.MerId);

    public bool ClosesTrades => false;

    public async Task<string> CreateQrCodeAsync(PaymentOrder order, string subject, CancellationToken cancellationToken) =>
        (await unionPay.ApplyQrCodeAsync(order.OutTradeNo, order.AmountFen, order.CreatedAt, order.ExpiresAt, cancellationToken)).QrCode;

    public async Task<ChannelTrade> QueryAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        UnionPayTransaction transaction;
        try
        {
            transaction = await unionPay.QueryAsync(order.OutTradeNo, UnionPayClient.TxnTime(order.CreatedAt), cancellationToken);
        }
        catch (UnionPayException ex) when (ex.RespCode == NoSuchTransaction)
        {
            return ChannelTrade.Unpaid;
        }
        return transaction.IsPaid
            ? new ChannelTrade(ChannelTradeStatus.Paid, transaction.QueryId, transaction.TxnAmtFen, null)
            : ChannelTrade.Unpaid;
    }

    /// <summary>
    /// UnionPay has no call that closes an unpaid QR order (see <see cref="UnionPayClient"/>): its code stops being
    /// payable at its <c>payTimeout</c>, the order's expiry. So it is queried: paid → false; otherwise it is taken as
    /// closed, and money that still arrives on it before its expiry is applied by the one rule in
    /// <see cref="OrderPayments"/> (kept if the enrollment is unpaid, refunded as a duplicate if not).
    /// </summary>
    public async Task<bool> CloseAsync(PaymentOrder order, CancellationToken cancellationToken) =>
        !(await QueryAsync(order, cancellationToken)).IsPaid;

    /// <summary>
    /// 退货 answers "accepted", not "refunded": the refund (its orderId the order's refund number, its txnTime the time the
    /// refund was asked for) is queried first on every attempt, and sent only when UnionPay has none; then queried again.
    /// </summary>
    public async Task<ChannelRefund> RefundAsync(PaymentOrder order, string reasonShownToPayer, CancellationToken cancellationToken)
    {
        var txnTime = order.RefundRequestedAt!.Value;
        if (await QueryRefundAsync(order, txnTime, cancellationToken) is { } earlier) return earlier;
        await unionPay.RefundAsync(order.RefundNo!, order.ChannelTradeNo!, order.AmountFen, txnTime, cancellationToken);
        return await QueryRefundAsync(order, txnTime, cancellationToken) ?? ChannelRefund.NotYet("refund accepted; not yet reported by a query");
    }

    private async Task<ChannelRefund?> QueryRefundAsync(PaymentOrder order, DateTimeOffset txnTime, CancellationToken cancellationToken)
    {
        try
        {
            var refund = await unionPay.QueryAsync(order.RefundNo!, UnionPayClient.TxnTime(txnTime), cancellationToken);
            if (refund.IsPaid) return ChannelRefund.Done(null);
            return refund.IsPending ? ChannelRefund.NotYet($"refund {order.RefundNo} is pending ({refund.OrigRespCode})")
                : throw new PaymentChannelException($"refund {order.RefundNo} failed at UnionPay: {refund.OrigRespCode} {refund.OrigRespMsg}");
        }
        catch (UnionPayException ex) when (ex.RespCode == NoSuchTransaction)
        {
            return null;
        }
    }
}
