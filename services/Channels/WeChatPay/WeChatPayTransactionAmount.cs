using System.Text.Json.Serialization;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>A transaction's <c>amount</c>: <c>total</c> (fen), what the payer paid, currency.</summary>
public sealed record WeChatPayTransactionAmount(
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("payer_total")] long? PayerTotal,
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("payer_currency")] string? PayerCurrency);
