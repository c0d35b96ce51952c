using System.Text.Json.Serialization;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// WeChat Pay's answer to a refund request. <see cref="Status"/>: <c>SUCCESS</c>, <c>PROCESSING</c> (the usual first
/// answer at the real channel), <c>CLOSED</c> or <c>ABNORMAL</c>.
/// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_9.shtml (申请退款)
/// </summary>
public sealed record WeChatPayRefund(
    [property: JsonPropertyName("refund_id")] string RefundId,
    [property: JsonPropertyName("out_refund_no")] string OutRefundNo,
    [property: JsonPropertyName("transaction_id")] string? TransactionId,
    [property: JsonPropertyName("out_trade_no")] string OutTradeNo,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("create_time")] DateTimeOffset? CreateTime,
    [property: JsonPropertyName("success_time")] DateTimeOffset? SuccessTime,
    [property: JsonPropertyName("amount")] WeChatPayRefundAmount Amount);
