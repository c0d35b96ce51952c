using System.Text.Json.Serialization;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// A transaction as WeChat Pay describes it, in query answers and (decrypted) in payment callbacks.
/// <see cref="TransactionId"/> and <see cref="SuccessTime"/> exist once paid.
/// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_2.shtml, https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_5.shtml
/// </summary>
public sealed record WeChatPayTransaction(
    [property: JsonPropertyName("appid")] string AppId,
    [property: JsonPropertyName("mchid")] string MchId,
    [property: JsonPropertyName("out_trade_no")] string OutTradeNo,
    [property: JsonPropertyName("transaction_id")] string? TransactionId,
    [property: JsonPropertyName("trade_type")] string? TradeType,
    [property: JsonPropertyName("trade_state")] string TradeState,
    [property: JsonPropertyName("trade_state_desc")] string? TradeStateDesc,
    [property: JsonPropertyName("success_time")] DateTimeOffset? SuccessTime,
    [property: JsonPropertyName("amount")] WeChatPayTransactionAmount? Amount)
{
    public bool IsPaid => TradeState == WeChatPayTradeState.Success;
}
