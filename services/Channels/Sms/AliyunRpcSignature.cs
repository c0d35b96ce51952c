using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Channels.Sms;

/// <summary>
/// Aliyun's RPC-style request signature (SignatureVersion 1.0, HMAC-SHA1):
/// <c>Base64(HMAC-SHA1(secret + "&amp;", method + "&amp;" + enc("/") + "&amp;" + enc(canonicalized query)))</c>.
/// </summary>
public static class AliyunRpcSignature
{
    /// <summary>The signature of every parameter but <c>Signature</c> itself.</summary>
    public static string Sign(IReadOnlyDictionary<string, string> parameters, string accessKeySecret, string httpMethod = "GET")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(httpMethod);

        var canonicalized = string.Join('&', parameters
            .Where(p => p.Key != "Signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{PercentEncode(p.Key)}={PercentEncode(p.Value)}"));
        var stringToSign = $"{httpMethod.ToUpperInvariant()}&{PercentEncode("/")}&{PercentEncode(canonicalized)}";

        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(accessKeySecret + "&"), Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToBase64String(mac);
    }

    /// <summary>
    /// UTF-8, RFC 3986: only <c>A–Z a–z 0–9 - _ . ~</c> stay as they are; everything else is <c>%XX</c> in
    /// upper-case hex, so a space is <c>%20</c> (not <c>+</c>) and <c>*</c> is <c>%2A</c>.
    /// </summary>
    public static string PercentEncode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length * 3 / 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b))
                builder.Append((char)b);
            else
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
