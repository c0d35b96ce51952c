using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Channels;

/// <summary>
/// The signature the Chinese payment channels share: SHA256withRSA (PKCS#1 v1.5) of a message's UTF-8 bytes, base64.
/// Alipay's RSA2, WeChat Pay API v3 and UnionPay's signMethod 01 differ only in the message they sign.
/// </summary>
public static class RsaSha256
{
    public static string Sign(string message, RSA privateKey)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(privateKey);
        return Convert.ToBase64String(privateKey.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    /// <summary>True when <paramref name="signature"/> is a valid signature of <paramref name="message"/>; false when it is missing or not base64.</summary>
    public static bool Verify(string message, string? signature, RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(publicKey);
        if (string.IsNullOrEmpty(signature))
            return false;
        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length))
            return false;
        try
        {
            return publicKey.VerifyData(Encoding.UTF8.GetBytes(message), bytes.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
