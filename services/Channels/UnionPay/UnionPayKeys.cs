using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>Reads the PEM keys of <see cref="UnionPayOptions"/>. The caller disposes what it gets.</summary>
public static class UnionPayKeys
{
    /// <summary>An RSA private key from PEM (<c>PRIVATE KEY</c> or <c>RSA PRIVATE KEY</c>).</summary>
    /// <exception cref="ArgumentException">Not a PEM RSA private key.</exception>
    public static RSA ImportPrivateKey(string pem)
    {
        RequirePem(pem, "private");
        return Import(pem, "private");
    }

    /// <summary>An RSA public key from PEM: <c>PUBLIC KEY</c>, <c>RSA PUBLIC KEY</c> or a <c>CERTIFICATE</c>.</summary>
    /// <exception cref="ArgumentException">Not a PEM RSA public key or certificate.</exception>
    public static RSA ImportPublicKey(string pem)
    {
        RequirePem(pem, "public");
        if (!pem.Contains("CERTIFICATE-----", StringComparison.Ordinal))
            return Import(pem, "public");
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return certificate.GetRSAPublicKey() ?? throw new ArgumentException("The certificate does not hold an RSA key.", nameof(pem));
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException("The certificate PEM does not import.", nameof(pem), ex);
        }
    }

    private static RSA Import(string pem, string kind)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new ArgumentException($"The RSA {kind} key is not a PEM key that imports.", nameof(pem), ex);
        }
    }

    private static void RequirePem(string pem, string kind)
    {
        if (string.IsNullOrWhiteSpace(pem) || !pem.Contains("-----BEGIN ", StringComparison.Ordinal))
            throw new ArgumentException($"The RSA {kind} key is not PEM.", nameof(pem));
    }
}
