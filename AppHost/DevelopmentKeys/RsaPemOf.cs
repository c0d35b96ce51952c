using System.Security.Cryptography;
using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.DevelopmentKeys;

/// <summary>
/// An RSA private-key parameter (base64 PKCS#8) as PEM, the form WeChat Pay and UnionPay hand out: the private key
/// itself (<c>PRIVATE KEY</c>) or, with <paramref name="publicHalf"/>, its public half (<c>PUBLIC KEY</c>).
/// </summary>
public sealed class RsaPemOf(ParameterResource privateKey, bool publicHalf, string publishedAs) : IValueProvider, IManifestExpressionProvider
{
    /// <summary>In a published manifest, a parameter of its own (<see cref="DerivedKeys"/>).</summary>
    public string ValueExpression => $"{{{publishedAs}.value}}";

    public async ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default)
    {
        var key = await privateKey.GetValueAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The parameter {privateKey.Name} has no value.");
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key), out _);
        return publicHalf ? rsa.ExportSubjectPublicKeyInfoPem() : rsa.ExportPkcs8PrivateKeyPem();
    }
}
