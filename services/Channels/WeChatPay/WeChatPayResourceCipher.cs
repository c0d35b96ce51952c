using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// AEAD_AES_256_GCM of callback resources: key = the APIv3 key (32 bytes), a 12-byte nonce and the associated data as
/// UTF-8 text, base64 ciphertext whose last 16 bytes are the tag.
/// https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html (如何解密证书和回调报文), RFC 5116.
/// </summary>
public static class WeChatPayResourceCipher
{
    public const string Algorithm = "AEAD_AES_256_GCM";
    private const int TagSize = 16;

    /// <summary>The plaintext (UTF-8) of a resource encrypted with <paramref name="apiV3Key"/>.</summary>
    /// <exception cref="WeChatPaySignatureException">The ciphertext is not base64, too short, or fails authentication (wrong key, nonce, data or a tampered text).</exception>
    public static string Decrypt(string apiV3Key, string nonce, string? associatedData, string ciphertext) =>
        Decrypt(ApiV3KeyBytes(apiV3Key), nonce, associatedData, ciphertext);

    /// <summary>Encrypts <paramref name="plaintext"/> as WeChat Pay does (used by the emulator and tests).</summary>
    public static string Encrypt(string apiV3Key, string nonce, string? associatedData, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(plaintext);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[data.Length + TagSize];
        using var aes = new AesGcm(ApiV3KeyBytes(apiV3Key), TagSize);
        aes.Encrypt(Encoding.UTF8.GetBytes(nonce), data, output.AsSpan(0, data.Length), output.AsSpan(data.Length),
            Encoding.UTF8.GetBytes(associatedData ?? ""));
        return Convert.ToBase64String(output);
    }

    /// <summary>A fresh 12-character nonce (12 bytes as UTF-8), the length the docs give.</summary>
    public static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    /// <summary>Decryption with any AES key length GCM takes; <see cref="Decrypt(string,string,string?,string)"/> insists on 32 bytes.</summary>
    internal static string Decrypt(byte[] key, string nonce, string? associatedData, string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(ciphertext);
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(ciphertext);
        }
        catch (FormatException ex)
        {
            throw new WeChatPaySignatureException("The resource ciphertext is not base64.", ex);
        }
        if (sealedBytes.Length < TagSize)
            throw new WeChatPaySignatureException("The resource ciphertext is shorter than its tag.");

        var length = sealedBytes.Length - TagSize;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(Encoding.UTF8.GetBytes(nonce), sealedBytes.AsSpan(0, length), sealedBytes.AsSpan(length), plaintext,
                Encoding.UTF8.GetBytes(associatedData ?? ""));
        }
        catch (CryptographicException ex)
        {
            throw new WeChatPaySignatureException("The resource does not decrypt with the APIv3 key (tampered, or another key, nonce or associated data).", ex);
        }
        return Encoding.UTF8.GetString(plaintext);
    }

    private static byte[] ApiV3KeyBytes(string apiV3Key)
    {
        // "微信支付使用的密钥key长度为32个字节" https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_5.shtml
        var key = Encoding.UTF8.GetBytes(apiV3Key ?? "");
        if (key.Length != 32)
            throw new InvalidOperationException($"{WeChatPayOptions.SectionName}:ApiV3Key must be 32 bytes; it is {key.Length}.");
        return key;
    }
}
