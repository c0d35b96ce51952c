using System.Security.Cryptography;
using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.DevelopmentKeys;

/// <summary>The public half (base64 of SubjectPublicKeyInfo DER) of an RSA private-key parameter, so that a generated
/// key pair needs one parameter, not two that could disagree.</summary>
public sealed class RsaPublicKeyOf(ParameterResource privateKey, string publishedAs) : IValueProvider, IManifestExpressionProvider
{
    /// <summary>In a published manifest, a parameter of its own (<see cref="DerivedKeys"/>).</summary>
    public string ValueExpression => $"{{{publishedAs}.value}}";

    public async ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default)
    {
        var key = await privateKey.GetValueAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The parameter {privateKey.Name} has no value.");
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key), out _);
        return Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo());
    }
}
