using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// Reads a payment callback as a merchant must: verify the signature over the exact body received, then decrypt the
/// resource with the APIv3 key. https://pay.weixin.qq.com/doc/v3/merchant/4012525171 and its 支付成功回调通知
/// (https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_5.shtml). The caller still checks mchid, appid, order
/// and amount against its own order, answers 200/204 when it has kept the result, and anything else to be retried.
/// </summary>
public sealed class WeChatPayNotificationReader(IOptions<WeChatPayOptions> options, TimeProvider clock)
{
    private readonly WeChatPayOptions _options = options.Value;

    /// <exception cref="WeChatPaySignatureException">Not signed by the platform (missing header, other serial, stale timestamp, bad signature), or the resource does not decrypt.</exception>
    /// <exception cref="FormatException">The body or the decrypted resource is not the JSON of a callback.</exception>
    public WeChatPayPaymentNotification Read(WeChatPaySignedHeaders headers, string body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        using (var platformKey = WeChatPayKeyLoader.PlatformPublicKey(_options))
            WeChatPaySignatureVerifier.Verify(headers, body, platformKey, _options.PlatformSerialNo, clock.GetUtcNow());

        var envelope = Parse<WeChatPayNotificationEnvelope>(body, "callback body");
        if (envelope.Resource is not { } resource)
            throw new FormatException("The callback has no resource.");
        if (resource.Algorithm != WeChatPayResourceCipher.Algorithm)
            throw new WeChatPaySignatureException($"The callback resource uses {resource.Algorithm}, not {WeChatPayResourceCipher.Algorithm}.");

        var plaintext = WeChatPayResourceCipher.Decrypt(_options.ApiV3Key, resource.Nonce, resource.AssociatedData, resource.Ciphertext);
        var transaction = Parse<WeChatPayTransaction>(plaintext, "callback resource");
        return new WeChatPayPaymentNotification(envelope.Id, envelope.EventType, envelope.CreateTime, transaction);
    }

    private static T Parse<T>(string text, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, WeChatPayJson.Options) ?? throw new FormatException($"The {what} is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The {what} is not the JSON expected.", ex);
        }
    }
}
