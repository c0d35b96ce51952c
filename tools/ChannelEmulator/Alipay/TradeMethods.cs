using AccountingPlatform.ServiceDefaults;
using System.Globalization;
using System.Security.Cryptography;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary><c>alipay.trade.precreate</c>, <c>alipay.trade.query</c>, <c>alipay.trade.close</c> and <c>alipay.trade.refund</c>.</summary>
/// <remarks>
/// Simplification: the real Alipay creates a precreated trade only when the buyer scans the QR code (until then
/// query and close answer ACQ.TRADE_NOT_EXIST); here the trade exists, WAIT_BUYER_PAY, from precreate on.
/// </remarks>
public sealed class TradeMethods(TradeStore trades, TimeProvider time)
{
    private static KeyValuePair<string, object?> F(string key, object? value) => new(key, value);

    public AlipayReply Precreate(AlipayCall call)
    {
        var outTradeNo = BizContent.GetString(call.Biz, "out_trade_no");
        var totalAmount = BizContent.GetString(call.Biz, "total_amount");
        var subject = BizContent.GetString(call.Biz, "subject");
        if (outTradeNo is null) return AlipayReply.MissingParameter("out_trade_no");
        if (totalAmount is null) return AlipayReply.MissingParameter("total_amount");
        if (subject is null) return AlipayReply.MissingParameter("subject");
        if (!TryNormalizeAmount(totalAmount, out var amount))
            return AlipayReply.BusinessFailed("ACQ.INVALID_PARAMETER", "参数无效：total_amount 须为 0.01 至 100000000 之间、最多两位小数的金额");

        var now = time.GetUtcNow();
        DateTimeOffset? expiresAt = null;
        if (BizContent.GetString(call.Biz, "timeout_express") is { } timeout)
        {
            if (!TimeoutExpress.TryParse(timeout, now, out var until))
                return AlipayReply.BusinessFailed("ACQ.INVALID_PARAMETER", "参数无效：timeout_express 格式错误");
            expiresAt = until;
        }

        var trade = trades.GetOrAdd(outTradeNo, tradeNo => new EmulatedTrade(call.AppId, outTradeNo, tradeNo, amount, subject,
            call.NotifyUrl, "https://qr.alipay.com/emu" + RandomNumberGenerator.GetHexString(16, lowercase: true), now, expiresAt));

        if (trade.AppId != call.AppId)
            return AlipayReply.BusinessFailed("ACQ.INVALID_PARAMETER", "参数无效：商户订单号已被其他应用使用");
        switch (trade.StatusAt(now))
        {
            case TradeStatus.Success:
                return AlipayReply.BusinessFailed("ACQ.TRADE_HAS_SUCCESS", "交易已被支付", F("out_trade_no", outTradeNo));
            case TradeStatus.Closed:
                return AlipayReply.BusinessFailed("ACQ.TRADE_HAS_CLOSE", "交易已经关闭", F("out_trade_no", outTradeNo));
        }
        // Same out_trade_no with a different amount: Alipay's answer to a reused order number.
        if (trade.TotalAmount != amount)
            return AlipayReply.BusinessFailed("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改", F("out_trade_no", outTradeNo));

        return AlipayReply.Success(F("out_trade_no", trade.OutTradeNo), F("qr_code", trade.QrCode));
    }

    public AlipayReply Query(AlipayCall call)
    {
        if (Find(call) is not { } trade)
            return NotFoundOrMissing(call);

        var status = trade.StatusAt(time.GetUtcNow());
        var paid = trade.PaidAt is not null;
        return AlipayReply.Success(
            F("trade_no", trade.TradeNo),
            F("out_trade_no", trade.OutTradeNo),
            F("trade_status", status),
            F("total_amount", trade.TotalAmount),
            F("buyer_logon_id", paid ? trade.BuyerLogonId : null),
            F("buyer_user_id", paid ? trade.BuyerId : null),
            F("buyer_pay_amount", paid ? trade.TotalAmount : null),
            F("receipt_amount", paid ? trade.TotalAmount : null),
            F("send_pay_date", trade.PaidAt is { } at ? BeijingTime.Format(at, BeijingTime.ChannelPattern) : null));
    }

    public AlipayReply Close(AlipayCall call)
    {
        if (Find(call) is not { } trade)
            return NotFoundOrMissing(call);
        if (!trade.TryClose(time.GetUtcNow()))
            return AlipayReply.BusinessFailed("ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
        return AlipayReply.Success(F("trade_no", trade.TradeNo), F("out_trade_no", trade.OutTradeNo));
    }

    /// <summary>
    /// Refunds a paid trade (https://docs.open.alipay.com/api_1/alipay.trade.refund): at most what was paid minus what
    /// was refunded, once per out_request_no. Without out_request_no Alipay takes the trade's own number, so only a
    /// refund of the whole amount is accepted.
    /// </summary>
    public AlipayReply Refund(AlipayCall call)
    {
        if (Find(call) is not { } trade)
            return NotFoundOrMissing(call);
        if (BizContent.GetString(call.Biz, "refund_amount") is not { } refundAmount)
            return AlipayReply.MissingParameter("refund_amount");
        if (!TryNormalizeAmount(refundAmount, out var amount))
            return AlipayReply.BusinessFailed("ACQ.INVALID_PARAMETER", "参数无效：refund_amount 须为 0.01 至 100000000 之间、最多两位小数的金额");
        var outRequestNo = BizContent.GetString(call.Biz, "out_request_no");
        if (outRequestNo is null && amount != trade.TotalAmount)
            return AlipayReply.BusinessFailed("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "撤销或退款金额与订单金额不一致", NothingRefunded(trade));
        if (outRequestNo is { Length: > 64 })
            return AlipayReply.BusinessFailed("ACQ.INVALID_PARAMETER", "参数无效：out_request_no 最长 64 个字符");

        var outcome = trade.Refund(outRequestNo ?? trade.OutTradeNo, decimal.Parse(amount, CultureInfo.InvariantCulture), time.GetUtcNow());
        return outcome.Result switch
        {
            RefundResult.Refunded => RefundSucceeded(trade, outcome, fundChange: "Y"),
            RefundResult.AlreadyRefunded => RefundSucceeded(trade, outcome, fundChange: "N"),
            RefundResult.NotPaid => AlipayReply.BusinessFailed("ACQ.TRADE_STATUS_ERROR", "交易状态不合法", NothingRefunded(trade)),
            RefundResult.ExceedsRefundable => AlipayReply.BusinessFailed("ACQ.REASON_TRADE_REFUND_FEE_ERR", "退款金额无效", NothingRefunded(trade)),
            _ => AlipayReply.BusinessFailed("ACQ.INVALID_PARAMETER", "参数无效：该退款请求号已用于另一金额的退款", NothingRefunded(trade)),
        };
    }

    private static AlipayReply RefundSucceeded(EmulatedTrade trade, RefundOutcome outcome, string fundChange) =>
        AlipayReply.Success(
            F("trade_no", trade.TradeNo),
            F("out_trade_no", trade.OutTradeNo),
            F("buyer_logon_id", trade.BuyerLogonId),
            F("buyer_user_id", trade.BuyerId),
            F("fund_change", fundChange),
            F("refund_fee", Yuan(outcome.RefundedTotal)),
            F("gmt_refund_pay", BeijingTime.Format(outcome.Refund!.RefundedAt, BeijingTime.ChannelPattern)));

    private static KeyValuePair<string, object?>[] NothingRefunded(EmulatedTrade trade) =>
        [F("out_trade_no", trade.OutTradeNo), F("refund_fee", "0.00"), F("send_back_fee", "0.00")];

    private static string Yuan(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private EmulatedTrade? Find(AlipayCall call)
    {
        var trade = BizContent.GetString(call.Biz, "trade_no") is { } tradeNo
            ? trades.FindByTradeNo(tradeNo)
            : BizContent.GetString(call.Biz, "out_trade_no") is { } outTradeNo ? trades.Find(outTradeNo) : null;
        return trade?.AppId == call.AppId ? trade : null;
    }

    private static AlipayReply NotFoundOrMissing(AlipayCall call) =>
        BizContent.GetString(call.Biz, "trade_no") is null && BizContent.GetString(call.Biz, "out_trade_no") is null
            ? AlipayReply.MissingParameter("out_trade_no 或 trade_no")
            : AlipayReply.BusinessFailed("ACQ.TRADE_NOT_EXIST", "交易不存在");

    /// <summary><c>88</c>, <c>88.0</c> and <c>88.00</c> are all <c>88.00</c>; more than 2 decimals or out of range is refused.</summary>
    private static bool TryNormalizeAmount(string text, out string amount)
    {
        amount = "";
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value < 0.01m || value > 100_000_000m || decimal.Round(value, 2) != value)
        {
            return false;
        }
        amount = value.ToString("0.00", CultureInfo.InvariantCulture);
        return true;
    }
}
