using System.Security.Cryptography;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>Reads keys in the single-line base64 DER form the Alipay console uses.</summary>
public static class AlipayKeys
{
    /// <summary>
    /// An RSA private key from base64 PKCS#8 DER. Also takes PKCS#1 (RSAPrivateKey) DER, which Alipay's key tool
    /// offers for non-Java languages and which <c>openssl genpkey -outform DER</c> (OpenSSL 3.0) writes. The caller disposes it.
    /// </summary>
    public static RSA ImportPrivateKey(string base64Pkcs8) =>
        Import(Decode(base64Pkcs8, "private"),
            (rsa, der) => rsa.ImportPkcs8PrivateKey(der, out _),
            (rsa, der) => rsa.ImportRSAPrivateKey(der, out _));

    /// <summary>An RSA public key from base64 SubjectPublicKeyInfo DER (or PKCS#1 RSAPublicKey DER). The caller disposes it.</summary>
    public static RSA ImportPublicKey(string base64Spki) =>
        Import(Decode(base64Spki, "public"),
            (rsa, der) => rsa.ImportSubjectPublicKeyInfo(der, out _),
            (rsa, der) => rsa.ImportRSAPublicKey(der, out _));

    private static RSA Import(byte[] der, Action<RSA, byte[]> import, Action<RSA, byte[]> fallback)
    {
        var rsa = RSA.Create();
        try
        {
            try
            {
                import(rsa, der);
            }
            catch (CryptographicException)
            {
                fallback(rsa, der);
            }
            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    private static byte[] Decode(string base64, string kind)
    {
        if (string.IsNullOrWhiteSpace(base64))
            throw new ArgumentException($"The RSA {kind} key is empty.", nameof(base64));
        try
        {
            // Tolerate a key pasted with line breaks.
            return Convert.FromBase64String(string.Concat(base64.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"The RSA {kind} key is not valid base64.", nameof(base64), ex);
        }
    }
}
