using System.Globalization;
using System.Text.Json.Nodes;
using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>What the emulated API does for an authenticated merchant: Native order, query, close, refund.</summary>
public sealed class WeChatPayTradeMethods(WeChatTradeStore store, TimeProvider time)
{
    /// <summary>
    /// Native下单. The same out_trade_no with the same order again answers the same code_url; a paid one ORDERPAID,
    /// a closed one ORDER_CLOSED, other parameters INVALID_REQUEST. https://pay.weixin.qq.com/doc/v3/merchant/4012525171
    /// </summary>
    public WeChatPayReply CreateNative(EmulatorWeChatPayMerchant merchant, JsonObject body)
    {
        var appId = Text(body, "appid");
        var mchId = Text(body, "mchid");
        var description = Text(body, "description");
        var outTradeNo = Text(body, "out_trade_no");
        var notifyUrl = Text(body, "notify_url");
        var total = (body["amount"] as JsonObject)?["total"] is JsonValue t && t.TryGetValue<long>(out var fen) ? fen : 0;
        if (appId is null || mchId is null || description is null || outTradeNo is null || notifyUrl is null || total <= 0)
            return WeChatPayReply.ParamError("输入源“/body”映射到字段“appid/mchid/description/out_trade_no/notify_url/amount.total”必填性规则校验失败");
        if (mchId != merchant.MchId)
            return WeChatPayReply.ParamError("请求中的mchid与Authorization中的商户号不一致");
        if (appId != merchant.AppId)
            return WeChatPayReply.Error(StatusCodes.Status400BadRequest, "APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配");
        if ((body["amount"] as JsonObject)?["currency"] is JsonValue c && c.TryGetValue<string>(out var currency) && currency != "CNY")
            return WeChatPayReply.ParamError("currency仅支持CNY");
        if (!Uri.TryCreate(notifyUrl, UriKind.Absolute, out var notify) || !string.IsNullOrEmpty(notify.Query))
            return WeChatPayReply.ParamError("notify_url须为不带参数的绝对地址");
        DateTimeOffset? expiresAt = null;
        if (Text(body, "time_expire") is { } expireText)
        {
            if (!DateTimeOffset.TryParseExact(expireText, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return WeChatPayReply.ParamError("time_expire须为RFC 3339格式，如2015-05-20T13:29:35+08:00");
            expiresAt = parsed.ToUniversalTime();
        }

        var now = time.GetUtcNow();
        var trade = store.GetOrAdd(outTradeNo,
            () => new WeChatTrade(mchId, appId, outTradeNo, description, total, notifyUrl, store.NextCodeUrl(), now, expiresAt),
            out var created);
        if (!created)
        {
            if (trade.State is WeChatPayTradeState.Success or WeChatPayTradeState.Refund)
                return WeChatPayReply.Error(StatusCodes.Status400BadRequest, "ORDERPAID", "该订单已支付");
            if (trade.State == WeChatPayTradeState.Closed)
                return WeChatPayReply.Error(StatusCodes.Status400BadRequest, "ORDER_CLOSED", "当前订单已关闭，请重新下单");
            if (trade.MchId != mchId || trade.Total != total || trade.Description != description || trade.ExpiresAt != expiresAt)
                return WeChatPayReply.Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "201 商户订单号重复");
        }
        return WeChatPayReply.Ok(new JsonObject { ["code_url"] = trade.CodeUrl });
    }

    /// <summary>查询订单 by out_trade_no; the query's mchid must be the caller's. https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_2.shtml</summary>
    public WeChatPayReply Query(EmulatorWeChatPayMerchant merchant, string outTradeNo, string? mchId)
    {
        if (mchId != merchant.MchId)
            return WeChatPayReply.ParamError("查询参数mchid须为请求商户号");
        return store.Find(outTradeNo) is { } trade && trade.MchId == merchant.MchId
            ? WeChatPayReply.Ok(WeChatTransactionJson.Of(trade))
            : WeChatPayReply.Error(StatusCodes.Status404NotFound, "ORDER_NOT_EXIST", "订单不存在");
    }

    /// <summary>关闭订单: 204 for an unpaid (or already closed) order. https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_3.shtml</summary>
    public WeChatPayReply Close(EmulatorWeChatPayMerchant merchant, string outTradeNo, JsonObject body)
    {
        if (Text(body, "mchid") != merchant.MchId)
            return WeChatPayReply.ParamError("mchid须为请求商户号");
        if (store.Find(outTradeNo) is not { } trade || trade.MchId != merchant.MchId)
            return WeChatPayReply.Error(StatusCodes.Status404NotFound, "ORDER_NOT_EXIST", "订单不存在");
        return trade.TryClose()
            ? WeChatPayReply.NoContent()
            : WeChatPayReply.Error(StatusCodes.Status400BadRequest, "ORDERPAID", "订单已支付，不能关闭");
    }

    /// <summary>
    /// 申请退款 by out_trade_no. Answers SUCCESS at once (the real channel usually answers PROCESSING first).
    /// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_9.shtml
    /// </summary>
    public WeChatPayReply Refund(EmulatorWeChatPayMerchant merchant, JsonObject body)
    {
        var outTradeNo = Text(body, "out_trade_no");
        var outRefundNo = Text(body, "out_refund_no");
        var amount = body["amount"] as JsonObject;
        var refund = amount?["refund"] is JsonValue r && r.TryGetValue<long>(out var rf) ? rf : 0;
        var total = amount?["total"] is JsonValue t && t.TryGetValue<long>(out var tf) ? tf : 0;
        if (outTradeNo is null || outRefundNo is null || refund <= 0 || total <= 0)
            return WeChatPayReply.ParamError("out_trade_no、out_refund_no、amount.refund、amount.total必填");
        if (store.Find(outTradeNo) is not { } trade || trade.MchId != merchant.MchId)
            return WeChatPayReply.Error(StatusCodes.Status404NotFound, "RESOURCE_NOT_EXISTS", "订单不存在");

        var now = time.GetUtcNow();
        var outcome = trade.Refund(outRefundNo, store.NextRefundId(), refund, total, now);
        return outcome.Result switch
        {
            WeChatRefundResult.Refunded or WeChatRefundResult.AlreadyRefunded => WeChatPayReply.Ok(RefundJson(trade, outcome.Refund!)),
            WeChatRefundResult.RefundNoReused => WeChatPayReply.Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "退款单号已用于另一金额的退款"),
            WeChatRefundResult.NotPaid => WeChatPayReply.Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "订单未支付，不能退款"),
            WeChatRefundResult.TotalMismatch => WeChatPayReply.ParamError("订单金额与原订单不一致"),
            _ => WeChatPayReply.Error(StatusCodes.Status403Forbidden, "NOT_ENOUGH", "可退金额不足"),
        };
    }

    private static JsonObject RefundJson(WeChatTrade trade, WeChatEmulatedRefund refund) => new()
    {
        ["refund_id"] = refund.RefundId,
        ["out_refund_no"] = refund.OutRefundNo,
        ["transaction_id"] = trade.TransactionId,
        ["out_trade_no"] = trade.OutTradeNo,
        ["channel"] = "ORIGINAL",
        ["user_received_account"] = "支付用户零钱",
        ["success_time"] = BeijingTime.Format(refund.RefundedAt, WeChatPayClient.Rfc3339Pattern),
        ["create_time"] = BeijingTime.Format(refund.RefundedAt, WeChatPayClient.Rfc3339Pattern),
        ["status"] = "SUCCESS",
        ["funds_account"] = "AVAILABLE",
        ["amount"] = new JsonObject
        {
            ["total"] = refund.Total,
            ["refund"] = refund.Refund,
            ["payer_total"] = refund.Total,
            ["payer_refund"] = refund.Refund,
            ["settlement_refund"] = refund.Refund,
            ["settlement_total"] = refund.Total,
            ["discount_refund"] = 0,
            ["currency"] = "CNY",
        },
    };

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
