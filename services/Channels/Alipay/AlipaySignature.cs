using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>Alipay's RSA2 signature: SHA256withRSA (PKCS#1 v1.5) over the sorted <c>key=value</c> string.</summary>
public static class AlipaySignature
{
    /// <summary>
    /// Drops <c>sign</c> (and <c>sign_type</c> when <paramref name="excludeSignType"/>, the rule for async
    /// notifications) and empty values, sorts by key (ordinal) and joins raw <c>key=value</c> pairs with <c>&amp;</c>.
    /// </summary>
    public static string BuildSignContent(IEnumerable<KeyValuePair<string, string?>> parameters, bool excludeSignType)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var pairs = parameters
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Where(p => p.Key != "sign" && !(excludeSignType && p.Key == "sign_type"))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}");
        return string.Join('&', pairs);
    }

    /// <summary>Base64 RSA-SHA256 PKCS#1 v1.5 signature of the UTF-8 bytes of <paramref name="content"/>.</summary>
    public static string Sign(string content, RSA privateKey) => RsaSha256.Sign(content, privateKey);

    /// <summary>True when <paramref name="signature"/> is a valid RSA2 signature of <paramref name="content"/>; false on malformed base64.</summary>
    public static bool Verify(string content, string signature, RSA publicKey) => RsaSha256.Verify(content, signature, publicKey);
}
