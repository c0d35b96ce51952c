using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// The fields of a back-end notification, as in jifuwei/lol …/product/qrcode/model/QRCodeMasterImgAsyncResp.java
/// (queryId, traceNo, traceTime, settleAmt, settleDate, respCode, txnAmt, txnTime, orderId, merId, …), signed.
/// </summary>
public static class UnionPayNotifyForm
{
    public static Dictionary<string, string> ForPayment(QrOrder order, UnionPayPlatform platform) =>
        Build(order.MerId, order.OrderId, order.TxnTime, UnionPayProtocol.TxnTypeConsume, UnionPayProtocol.TxnSubTypeApplyQrCode,
            order.QueryId!, order.AmountFen, order.PaidAt!.Value, platform, origQryId: null);

    public static Dictionary<string, string> ForRefund(QrOrder order, QrOrderRefund refund, UnionPayPlatform platform) =>
        Build(order.MerId, refund.OrderId, refund.TxnTime, UnionPayProtocol.TxnTypeRefund, UnionPayProtocol.TxnSubTypeDefault,
            refund.QueryId, refund.AmountFen, refund.RefundedAt, platform, order.QueryId);

    private static Dictionary<string, string> Build(
        string merId, string orderId, string txnTime, string txnType, string txnSubType, string queryId, long amountFen,
        DateTimeOffset at, UnionPayPlatform platform, string? origQryId)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["version"] = UnionPayProtocol.Version,
            ["encoding"] = UnionPayProtocol.Encoding,
            ["signMethod"] = UnionPayProtocol.SignMethodRsa,
            ["bizType"] = UnionPayProtocol.BizTypeQrCode,
            ["accessType"] = UnionPayProtocol.AccessTypeMerchant,
            ["txnType"] = txnType,
            ["txnSubType"] = txnSubType,
            ["merId"] = merId,
            ["orderId"] = orderId,
            ["txnTime"] = txnTime,
            ["queryId"] = queryId,
            ["txnAmt"] = UnionPayAmount.FromFen(amountFen),
            ["currencyCode"] = UnionPayProtocol.CurrencyCny,
            ["settleAmt"] = UnionPayAmount.FromFen(amountFen),
            ["settleCurrencyCode"] = UnionPayProtocol.CurrencyCny,
            ["settleDate"] = BeijingTime.Format(at, "MMdd"),
            ["traceNo"] = queryId[^6..],
            ["traceTime"] = BeijingTime.Format(at, "MMddHHmmss"),
            ["respCode"] = UnionPayRespCodes.Success,
            ["respMsg"] = "成功[0000000]",
        };
        if (origQryId is not null)
            form["origQryId"] = origQryId;
        platform.Sign(form);
        return form;
    }
}
