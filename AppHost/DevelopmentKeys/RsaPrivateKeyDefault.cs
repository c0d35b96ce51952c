using System.Security.Cryptography;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Publishing;

namespace AccountingPlatform.AppHost.DevelopmentKeys;

/// <summary>
/// A development RSA 2048 key (base64 of PKCS#8 DER, the form the services and the emulator read), generated the first
/// time the AppHost runs and kept in its user secrets (<c>persist: true</c>), never in git. A deployment supplies real keys.
/// </summary>
public sealed class RsaPrivateKeyDefault : ParameterDefault
{
    public override string GetDefaultValue()
    {
        using var rsa = RSA.Create(2048);
        return Convert.ToBase64String(rsa.ExportPkcs8PrivateKey());
    }

    /// <summary>Nothing to publish: a deployment is asked for its own key.</summary>
    public override void WriteToManifest(ManifestPublishingContext context)
    {
    }
}
