using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// The 全渠道 signature of version 5.1.0 with <c>signMethod</c> 01: SHA256withRSA (PKCS#1 v1.5) over the lowercase hex
/// SHA-256 digest of the sorted <c>key=value&amp;…</c> string, base64. Sources: jifuwei/lol
/// pay/pay-component-unionpay/…/core/UnionpaySignService.java (EncryptHandle.RSA for VERSION_5_1_0:
/// <c>sha256X16(stringData)</c> then <c>signBySoftSHA256</c>); yansongda/pay
/// src/Plugin/Unipay/Open/AddPayloadSignaturePlugin.php (<c>openssl_sign(hash('sha256', $content), …, 'sha256')</c>);
/// essensoft paylink UnionPaySignature.SignByCertInfo. The same digest string is verified with UnionPay's key.
/// </summary>
public static class UnionPaySignature
{
    public const string FieldName = "signature";

    /// <summary>
    /// Leaves out <c>signature</c> and blank values, sorts by key (ordinal) and joins raw (not URL-encoded)
    /// <c>key=value</c> pairs with <c>&amp;</c>. Blank values are dropped because the acp SDK sends none: its
    /// <c>SDKUtil.filterBlank</c> removes them (and trims values) before signing (UnionPay's acp Java SDK, as copied
    /// in public repositories); <c>coverMap2String</c> then skips only <c>signature</c>.
    /// </summary>
    public static string BuildSignContent(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var pairs = fields
            .Where(f => f.Key != FieldName && !string.IsNullOrWhiteSpace(f.Value))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}={f.Value}");
        return string.Join('&', pairs);
    }

    /// <summary>Lowercase hex of the SHA-256 of the UTF-8 bytes of <paramref name="signContent"/>: what is signed.</summary>
    public static string Digest(string signContent)
    {
        ArgumentNullException.ThrowIfNull(signContent);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(signContent))).ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The <c>signature</c> of <paramref name="fields"/> (every field but <c>signature</c>, <c>certId</c> included).</summary>
    public static string Sign(IEnumerable<KeyValuePair<string, string?>> fields, RSA privateKey) =>
        RsaSha256.Sign(Digest(BuildSignContent(fields)), privateKey);

    /// <summary>True when <paramref name="fields"/> carry a valid <c>signature</c> made with the key of <paramref name="publicKey"/>.</summary>
    public static bool Verify(IEnumerable<KeyValuePair<string, string?>> fields, RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var list = fields.ToList();
        return RsaSha256.Verify(Digest(BuildSignContent(list)), list.LastOrDefault(f => f.Key == FieldName).Value, publicKey);
    }
}
