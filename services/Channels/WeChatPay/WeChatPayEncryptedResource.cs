using System.Text.Json.Serialization;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>The <c>resource</c> object of a callback. https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html</summary>
public sealed record WeChatPayEncryptedResource(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("ciphertext")] string Ciphertext,
    [property: JsonPropertyName("nonce")] string Nonce,
    [property: JsonPropertyName("associated_data")] string? AssociatedData,
    [property: JsonPropertyName("original_type")] string? OriginalType);
