using System.Text.Json.Serialization;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// The body WeChat Pay posts to notify_url: <c>id</c>, <c>create_time</c>, <c>event_type</c> (<c>TRANSACTION.SUCCESS</c>),
/// <c>resource_type</c> (<c>encrypt-resource</c>), <c>summary</c>, <c>resource</c>.
/// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_5.shtml (Native 支付通知)
/// </summary>
public sealed record WeChatPayNotificationEnvelope(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("create_time")] DateTimeOffset? CreateTime,
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("resource_type")] string? ResourceType,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("resource")] WeChatPayEncryptedResource Resource)
{
    public const string TransactionSuccess = "TRANSACTION.SUCCESS";
}
