using System.Text.Json.Nodes;
using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>
/// A trade as WeChat Pay's transaction object, the same in query answers and (encrypted) in callbacks.
/// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_2.shtml
/// </summary>
public static class WeChatTransactionJson
{
    private static readonly Dictionary<string, string> StateDescriptions = new(StringComparer.Ordinal)
    {
        [WeChatPayTradeState.NotPay] = "订单未支付",
        [WeChatPayTradeState.Success] = "支付成功",
        [WeChatPayTradeState.Closed] = "订单已关闭",
        [WeChatPayTradeState.Refund] = "转入退款",
    };

    public static JsonObject Of(WeChatTrade trade)
    {
        var state = trade.State;
        var paid = trade.TransactionId is not null;
        var json = new JsonObject
        {
            ["appid"] = trade.AppId,
            ["mchid"] = trade.MchId,
            ["out_trade_no"] = trade.OutTradeNo,
            ["trade_type"] = "NATIVE",
            ["trade_state"] = state,
            ["trade_state_desc"] = StateDescriptions.GetValueOrDefault(state, state),
            ["amount"] = paid
                ? new JsonObject { ["total"] = trade.Total, ["payer_total"] = trade.Total, ["currency"] = "CNY", ["payer_currency"] = "CNY" }
                : new JsonObject { ["total"] = trade.Total, ["currency"] = "CNY" },
        };
        if (paid)
        {
            json["transaction_id"] = trade.TransactionId;
            json["bank_type"] = "OTHERS";
            json["attach"] = "";
            json["success_time"] = BeijingTime.Format(trade.PaidAt!.Value, WeChatPayClient.Rfc3339Pattern);
            json["payer"] = new JsonObject { ["openid"] = WeChatTrade.PayerOpenId };
        }
        return json;
    }
}
