using System.Text.Json.Serialization;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>A refund's <c>amount</c>: what this refund returns and the order total, in fen.</summary>
public sealed record WeChatPayRefundAmount(
    [property: JsonPropertyName("refund")] long Refund,
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("currency")] string? Currency);
