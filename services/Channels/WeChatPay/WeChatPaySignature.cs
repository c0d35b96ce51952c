using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// WeChat Pay API v3 signatures: SHA256withRSA (PKCS#1 v1.5), base64, over lines that each end with <c>\n</c>
/// (the last one too).
/// </summary>
public static class WeChatPaySignature
{
    /// <summary>
    /// The request's sign message: <c>METHOD\nURL\ntimestamp\nnonce\nbody\n</c>, the URL being the path with its query
    /// string (no scheme or host) and the body empty for GET.
    /// https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_0.shtml (签名生成, 构造签名串)
    /// </summary>
    public static string BuildRequestMessage(string method, string pathAndQuery, long timestamp, string nonce, string body) =>
        $"{method}\n{pathAndQuery}\n{timestamp}\n{nonce}\n{body}\n";

    /// <summary>
    /// The answer's or callback's sign message: <c>timestamp\nnonce\nbody\n</c>; an empty body (HTTP 204) leaves the last
    /// line a lone <c>\n</c>. https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_1.shtml (签名验证, 构造验签名串)
    /// </summary>
    public static string BuildResponseMessage(string timestamp, string nonce, string body) => $"{timestamp}\n{nonce}\n{body}\n";

    /// <summary>Base64 SHA256withRSA (PKCS#1 v1.5) of the UTF-8 bytes of <paramref name="message"/>.</summary>
    public static string Sign(string message, RSA privateKey) => RsaSha256.Sign(message, privateKey);

    /// <summary>True when <paramref name="signature"/> is a valid signature of <paramref name="message"/>; false on malformed base64.</summary>
    public static bool Verify(string message, string? signature, RSA publicKey) => RsaSha256.Verify(message, signature, publicKey);

    /// <summary>A request nonce: 32 upper-case hex characters, like the docs' example.</summary>
    public static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
