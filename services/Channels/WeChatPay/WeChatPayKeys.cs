using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>Reads the PEM keys WeChat Pay's console and certificate API hand out.</summary>
public static class WeChatPayKeys
{
    /// <summary>An RSA private key from PEM (<c>PRIVATE KEY</c>, i.e. PKCS#8 as in <c>apiclient_key.pem</c>, or <c>RSA PRIVATE KEY</c>). The caller disposes it.</summary>
    /// <exception cref="ArgumentException">The text holds no RSA private key.</exception>
    public static RSA ImportPrivateKey(string pem)
    {
        if (string.IsNullOrWhiteSpace(pem) || !pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            throw new ArgumentException("The text is not a PEM RSA private key.", nameof(pem));
        return Import(pem);
    }

    /// <summary>An RSA public key from PEM <c>PUBLIC KEY</c> (SubjectPublicKeyInfo) or from a PEM <c>CERTIFICATE</c>. The caller disposes it.</summary>
    /// <exception cref="ArgumentException">The text holds no RSA public key.</exception>
    public static RSA ImportPublicKey(string pem)
    {
        if (string.IsNullOrWhiteSpace(pem))
            throw new ArgumentException("The PEM public key is empty.", nameof(pem));
        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            try
            {
                using var certificate = X509Certificate2.CreateFromPem(pem);
                return certificate.GetRSAPublicKey() ?? throw new ArgumentException("The certificate has no RSA public key.", nameof(pem));
            }
            catch (CryptographicException ex)
            {
                throw new ArgumentException("The PEM certificate does not read.", nameof(pem), ex);
            }
        }
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            throw new ArgumentException("A private key was given where the public key belongs.", nameof(pem));
        return Import(pem);
    }

    /// <summary>The PEM <c>PUBLIC KEY</c> of <paramref name="key"/>, what the other side configures.</summary>
    public static string ExportPublicKeyPem(RSA key) => key.ExportSubjectPublicKeyInfoPem();

    private static RSA Import(string pem)
    {
        // Keys kept in environment variables often carry "\n" escapes instead of line breaks.
        var text = pem.Replace("\\n", "\n", StringComparison.Ordinal);
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new ArgumentException("The PEM text does not hold an RSA key.", nameof(pem), ex);
        }
    }
}
