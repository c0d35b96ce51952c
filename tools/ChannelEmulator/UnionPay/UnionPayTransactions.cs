using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>What the gateway does for 申请二维码, 退货 and 交易状态查询, once the common checks have passed.</summary>
public sealed class UnionPayTransactions(UnionPayPlatform platform, QrOrderStore store, UnionPayNotifier notifier, TimeProvider time)
{
    // The emulator's stand-in when payTimeout is absent; UnionPay's own default could not be confirmed.
    private static readonly TimeSpan DefaultPayTimeout = TimeSpan.FromHours(2);

    public string ApplyQrCode(IReadOnlyDictionary<string, string> request)
    {
        var now = time.GetUtcNow();
        var amount = UnionPayAmount.ToFen(request.GetValueOrDefault("txnAmt"));
        if (amount is not > 0)
            return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[txnAmt]");
        if (request.GetValueOrDefault("currencyCode") != UnionPayProtocol.CurrencyCny)
            return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[currencyCode]");
        if (!Uri.TryCreate(request.GetValueOrDefault("backUrl"), UriKind.Absolute, out var backUrl))
            return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[backUrl]");
        if (BeijingTime.Parse(request["txnTime"], UnionPayProtocol.TimePattern) is null)
            return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[txnTime]");
        DateTimeOffset expiresAt;
        if (request.GetValueOrDefault("payTimeout") is { Length: > 0 } payTimeout)
        {
            if (BeijingTime.Parse(payTimeout, UnionPayProtocol.TimePattern) is not { } parsed)
                return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[payTimeout]");
            expiresAt = parsed;
        }
        else
        {
            expiresAt = now + DefaultPayTimeout;
        }

        var orderId = request["orderId"];
        // A stand-in qrCode URL in the shape of UnionPay's (https://qr.95516.com/…); it opens nothing.
        var qrCode = "https://qr.95516.com/00010000/" + store.NextQueryId();
        var order = new QrOrder(request["merId"], orderId, request["txnTime"], amount.Value, backUrl.AbsoluteUri, qrCode, now, expiresAt);
        if (!store.TryAdd(order))
            return Refuse(request, UnionPayRespCodes.Duplicate, "重复交易");
        return UnionPayAnswer.Write(request, UnionPayRespCodes.Success, "成功[0000000]", platform, [new("qrCode", qrCode)]);
    }

    public string Refund(IReadOnlyDictionary<string, string> request)
    {
        var now = time.GetUtcNow();
        var amount = UnionPayAmount.ToFen(request.GetValueOrDefault("txnAmt"));
        if (amount is not > 0)
            return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[txnAmt]");
        if (request.GetValueOrDefault("origQryId") is not { Length: > 0 } origQryId)
            return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[origQryId]");
        if (!Uri.TryCreate(request.GetValueOrDefault("backUrl"), UriKind.Absolute, out var backUrl))
            return Refuse(request, UnionPayRespCodes.FormatError, "报文格式错误[backUrl]");
        if (store.FindByQueryId(origQryId) is not { } order || order.MerId != request["merId"])
            return Refuse(request, UnionPayRespCodes.NoSuchTransaction, "原交易不存在");
        if (store.IsTaken(request["orderId"]))
            return Refuse(request, UnionPayRespCodes.Duplicate, "重复交易");

        var outcome = order.Refund(request["orderId"], request["txnTime"], store.NextQueryId(), amount.Value, now);
        if (outcome.Refund is not { } refund)
            return Refuse(request, outcome.RefusalCode!, outcome.RefusalMessage!);
        store.AddRefund(order, refund);
        notifier.NotifyRefundInBackground(order, refund, backUrl.AbsoluteUri);
        return UnionPayAnswer.Write(request, UnionPayRespCodes.Success, "成功[0000000]", platform,
            [new("queryId", refund.QueryId), new("origQryId", origQryId), new("txnAmt", UnionPayAmount.FromFen(refund.AmountFen))]);
    }

    public string Query(IReadOnlyDictionary<string, string> request)
    {
        var now = time.GetUtcNow();
        var orderId = request["orderId"];
        var txnTime = request["txnTime"];
        if (store.FindRefund(orderId) is { } found && found.Refund.TxnTime == txnTime && found.Order.MerId == request["merId"])
            return Found(request, UnionPayProtocol.TxnTypeRefund, found.Refund.QueryId, found.Refund.AmountFen, found.Refund.RefundedAt);

        // An order nobody has paid is, to UnionPay, a transaction that does not exist (yet).
        if (store.Find(orderId) is not { } order || order.TxnTime != txnTime || order.MerId != request["merId"]
            || order.StatusAt(now) is QrOrderStatus.Unpaid or QrOrderStatus.Expired)
            return Refuse(request, UnionPayRespCodes.NoSuchTransaction, "查无此交易");
        return Found(request, UnionPayProtocol.TxnTypeConsume, order.QueryId!, order.AmountFen, order.PaidAt!.Value);
    }

    private string Found(IReadOnlyDictionary<string, string> request, string txnType, string queryId, long amountFen, DateTimeOffset at) =>
        UnionPayAnswer.Write(request, UnionPayRespCodes.Success, "成功[0000000]", platform,
        [
            new("txnType", txnType),
            new("origRespCode", UnionPayRespCodes.Success),
            new("origRespMsg", "成功[0000000]"),
            new("queryId", queryId),
            new("txnAmt", UnionPayAmount.FromFen(amountFen)),
            new("currencyCode", UnionPayProtocol.CurrencyCny),
            new("settleAmt", UnionPayAmount.FromFen(amountFen)),
            new("settleCurrencyCode", UnionPayProtocol.CurrencyCny),
            new("settleDate", BeijingTime.Format(at, "MMdd")),
            new("traceNo", queryId[^6..]),
            new("traceTime", BeijingTime.Format(at, "MMddHHmmss")),
        ]);

    private string Refuse(IReadOnlyDictionary<string, string> request, string code, string msg) =>
        UnionPayAnswer.Write(request, code, msg, platform);

}
