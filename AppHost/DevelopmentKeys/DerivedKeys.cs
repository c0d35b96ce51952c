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
    public static ReferenceExpression PublicKey(this IResourceBuilder<ParameterResource> privateKey) =>
        Derived(privateKey, "public-key", new RsaPublicKeyOf(privateKey.Resource));

    public static ReferenceExpression PrivateKeyPem(this IResourceBuilder<ParameterResource> privateKey) =>
        Derived(privateKey, "private-key-pem", new RsaPemOf(privateKey.Resource, publicHalf: false));

    public static ReferenceExpression PublicKeyPem(this IResourceBuilder<ParameterResource> privateKey) =>
        Derived(privateKey, "public-key-pem", new RsaPemOf(privateKey.Resource, publicHalf: true));

    private static ReferenceExpression Derived<T>(IResourceBuilder<ParameterResource> privateKey, string form, T derived)
        where T : IValueProvider, IManifestExpressionProvider
    {
        var builder = privateKey.ApplicationBuilder;
        if (!builder.ExecutionContext.IsPublishMode) return ReferenceExpression.Create($"{derived}");
        var name = $"{privateKey.Resource.Name.Replace("-private-key", "", StringComparison.Ordinal)}-{form}";
        var published = builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == name)
            ?? builder.AddParameter(name, secret: true).Resource;
        return ReferenceExpression.Create($"{published}");
    }
}
