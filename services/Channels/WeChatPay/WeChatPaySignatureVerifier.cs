using System.Globalization;
using System.Security.Cryptography;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>Checks an answer or a callback the way the docs ask, in their order: serial, timestamp, signature.</summary>
public static class WeChatPaySignatureVerifier
{
    /// <summary>
    /// How far <c>Wechatpay-Timestamp</c> may be from now. The official SDKs refuse answers and callbacks 5 minutes off
    /// or more (<c>RESPONSE_EXPIRED_MINUTES = 5</c> in https://github.com/wechatpay-apiv3/wechatpay-apache-httpclient,
    /// <c>WechatPay2Validator</c>), which also bounds a replay; WeChat Pay applies the same 5 minutes to merchants'
    /// requests (SIGN_ERROR "Http头Authorization中的timestamp与发起请求的时间不得超过5分钟").
    /// </summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Throws unless <paramref name="headers"/> sign <paramref name="body"/> (the exact text received) with the platform key.</summary>
    /// <exception cref="WeChatPaySignatureException">A header is missing, the serial is not the platform's, the timestamp is stale, or the signature does not verify.</exception>
    public static void Verify(
        WeChatPaySignedHeaders headers, string body, RSA platformPublicKey, string platformSerialNo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        if (headers.Timestamp is null || headers.Nonce is null || headers.Signature is null || headers.Serial is null)
            throw new WeChatPaySignatureException("The message lacks one of the Wechatpay-Timestamp, -Nonce, -Signature and -Serial headers.");

        // "验证签名前，请商户先检查序列号是否跟商户当前所持有的微信支付平台证书的序列号一致"
        // https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_1.shtml (检查平台证书序列号)
        if (!string.Equals(headers.Serial, platformSerialNo, StringComparison.OrdinalIgnoreCase))
            throw new WeChatPaySignatureException($"Wechatpay-Serial {headers.Serial} is not the configured platform certificate.");

        if (!long.TryParse(headers.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new WeChatPaySignatureException("Wechatpay-Timestamp is not a Unix time in seconds.");
        }
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxClockSkew)
            throw new WeChatPaySignatureException($"Wechatpay-Timestamp {seconds} is more than 5 minutes off; refused as stale or replayed.");

        var message = WeChatPaySignature.BuildResponseMessage(headers.Timestamp, headers.Nonce, body);
        if (!WeChatPaySignature.Verify(message, headers.Signature, platformPublicKey))
            throw new WeChatPaySignatureException("Wechatpay-Signature does not verify with the platform public key.");
    }
}
