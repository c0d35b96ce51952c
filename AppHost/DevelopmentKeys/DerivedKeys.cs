using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.DevelopmentKeys;

/// <summary>
/// The forms of a development RSA key that the channels and their emulator read (the public half, the PEM of either
/// half): derived from the one private-key parameter when the platform runs, so a generated pair cannot disagree; when
/// the AppHost publishes its manifest, a parameter of their own (<c>alipay-platform-public-key</c>,
/// <c>wechatpay-merchant-private-key-pem</c>…), because a deployment is given each key by its channel or its merchant.
/// </summary>
public static class DerivedKeys
{
    public static RsaPublicKeyOf PublicKey(this IResourceBuilder<ParameterResource> privateKey) =>
        new(privateKey.Resource, Published(privateKey, "public-key"));

    public static RsaPemOf PrivateKeyPem(this IResourceBuilder<ParameterResource> privateKey) =>
        new(privateKey.Resource, publicHalf: false, Published(privateKey, "private-key-pem"));

    public static RsaPemOf PublicKeyPem(this IResourceBuilder<ParameterResource> privateKey) =>
        new(privateKey.Resource, publicHalf: true, Published(privateKey, "public-key-pem"));

    /// <summary>The name of the derived form's own parameter, declared when the AppHost publishes.</summary>
    private static string Published(IResourceBuilder<ParameterResource> privateKey, string form)
    {
        var name = $"{privateKey.Resource.Name.Replace("-private-key", "", StringComparison.Ordinal)}-{form}";
        var builder = privateKey.ApplicationBuilder;
        if (builder.ExecutionContext.IsPublishMode && !builder.Resources.OfType<ParameterResource>().Any(p => p.Name == name))
            builder.AddParameter(name, secret: true);
        return name;
    }
}
