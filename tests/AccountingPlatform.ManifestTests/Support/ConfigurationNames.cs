using System.Text.RegularExpressions;

namespace AccountingPlatform.ManifestTests.Support;

/// <summary>
/// The configuration names each process reads under the AppHost, from the AppHost's own manifest
/// (<see cref="AppHostManifest"/>), and what Kubernetes gives instead where the two differ by design:
/// <list type="bullet">
/// <item>Added, since Aspire gives them at run time only: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_SERVICE_NAME</c>;
/// the port as <c>ASPNETCORE_HTTP_PORTS</c> (the manifest's <c>HTTP_PORTS</c>); whom X-Forwarded-For is believed from,
/// <c>ForwardedHeaders__KnownNetworks__0</c> (the pod network), for the gateway and the services, where the AppHost
/// gives loopback as <c>ForwardedHeaders__KnownProxies__*</c>.</item>
/// <item>Left out (<see cref="NotForKubernetes"/>): Aspire's second spelling of the service addresses
/// (<c>IDENTITY_HTTP</c>…; the processes read <c>services__…</c>), its development exporter setting, the channel
/// emulator (a development stand-in, not deployed) and the development staff (<c>Identity__SeedAccounts__*</c>), and
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>, which Aspire writes for a published project: it makes ASP.NET Core
/// believe X-Forwarded-For from anyone, which <c>ForwardedClientAddress</c> exists to refuse (a test asserts no
/// Deployment sets it).</item>
/// </list>
/// </summary>
public static partial class ConfigurationNames
{
    public const string ForwardedHeadersFromAnyone = "ASPNETCORE_FORWARDEDHEADERS_ENABLED";

    /// <summary>The processes Kubernetes runs: the AppHost's projects but the channel emulator.</summary>
    public static readonly string[] Processes = [.. AppHostManifest.Projects.Where(p => p != "channelemulator")];

    /// <summary>The six services: the processes with a database of their own.</summary>
    public static readonly string[] Services = [.. Processes.Where(p => AppHostManifest.EnvironmentOf(p).Contains($"ConnectionStrings__{p}db"))];

    /// <summary>The merchant identities and keys of the channels: secrets, which the dev overlay leaves unset (no channel there).</summary>
    public static readonly string[] ChannelCredentials =
    [
        "Channels__Sms__AccessKeyId", "Channels__Sms__AccessKeySecret", "Channels__Alipay__AppId", "Channels__Alipay__AppPrivateKey",
        "Channels__Alipay__AlipayPublicKey", "Channels__WeChatPay__MchId", "Channels__WeChatPay__AppId", "Channels__WeChatPay__MerchantSerialNo",
        "Channels__WeChatPay__MerchantPrivateKey", "Channels__WeChatPay__PlatformSerialNo", "Channels__WeChatPay__PlatformPublicKey",
        "Channels__WeChatPay__ApiV3Key", "Channels__UnionPay__MerId", "Channels__UnionPay__CertId", "Channels__UnionPay__MerchantPrivateKey",
        "Channels__UnionPay__UnionPayPublicKey",
    ];

    public static IReadOnlyList<string> Of(string process) =>
    [
        .. AppHostManifest.EnvironmentOf(process).Where(n => !NotForKubernetes(n)),
        "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME", "ASPNETCORE_HTTP_PORTS",
        .. process == "gateway" || Services.Contains(process) ? ["ForwardedHeaders__KnownNetworks__0"] : Array.Empty<string>(),
    ];

    private static bool NotForKubernetes(string name) =>
        name is "HTTP_PORTS" or "OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY" or ForwardedHeadersFromAnyone
        || AspireServiceAddress().IsMatch(name)
        || name.StartsWith("services__channelemulator__", StringComparison.Ordinal)
        || name.StartsWith("Identity__SeedAccounts__", StringComparison.Ordinal)
        || name.StartsWith("ForwardedHeaders__KnownProxies__", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Z0-9]+_(HTTP|HTTPS|SMTP)$")]
    private static partial Regex AspireServiceAddress();
}
