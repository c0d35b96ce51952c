namespace AccountingPlatform.ManifestTests.Support;

/// <summary>
/// The configuration names each process reads under the AppHost (AppHost/Program.cs, PlatformServices.cs,
/// ChannelResourceExtensions.cs), kept here by hand: the AppHost's manifest publisher cannot write them (its
/// development keys' public halves are derived at run time and refuse to be published). Left out on purpose: what
/// only the AppHost's tools need (<c>services__channelemulator__http__0</c>, the emulator is not deployed), its
/// development staff (<c>Identity__SeedAccounts__*</c>), and Aspire's own variables other than the OTLP endpoint and
/// the service name. Two differ by design: the port (<c>ASPNETCORE_HTTP_PORTS</c>, where Aspire gives
/// <c>ASPNETCORE_URLS</c>), and whom X-Forwarded-For is believed from (<c>ForwardedHeaders__KnownNetworks__0</c>, the
/// pod network, where the AppHost gives loopback as <c>ForwardedHeaders__KnownProxies__*</c>).
/// </summary>
public static class ConfigurationNames
{
    public static readonly string[] Services = ["identity", "realname", "personnel", "review", "enrollment", "payment"];
    public static readonly string[] Processes = [.. Services, "gateway", "web"];

    private static readonly string[] EveryProcess =
        ["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME"];

    private static readonly string[] Sms = Names("Channels__Sms__", "Endpoint", "AccessKeyId", "AccessKeySecret", "SignName", "TemplateCode");
    private static readonly string[] Email = Names("Channels__Email__", "Host", "Port", "FromAddress", "FromName");
    private static readonly string[] Alipay = Names("Channels__Alipay__", "GatewayUrl", "AppId", "AppPrivateKey", "AlipayPublicKey", "NotifyUrl", "CertifyReturnUrl");
    private static readonly string[] WeChatPay = Names("Channels__WeChatPay__", "BaseUrl", "MchId", "AppId", "MerchantSerialNo",
        "MerchantPrivateKey", "PlatformSerialNo", "PlatformPublicKey", "ApiV3Key", "NotifyUrl");
    private static readonly string[] UnionPay = Names("Channels__UnionPay__", "GatewayUrl", "MerId", "CertId", "MerchantPrivateKey", "UnionPayPublicKey", "BackUrl");

    /// <summary>The merchant identities and keys of the channels: secrets, which the dev overlay leaves unset (no channel there).</summary>
    public static readonly string[] ChannelCredentials =
    [
        "Channels__Sms__AccessKeyId", "Channels__Sms__AccessKeySecret", "Channels__Alipay__AppId", "Channels__Alipay__AppPrivateKey",
        "Channels__Alipay__AlipayPublicKey", .. WeChatPay.Where(n => !n.EndsWith("Url", StringComparison.Ordinal)),
        "Channels__UnionPay__MerId", "Channels__UnionPay__CertId", "Channels__UnionPay__MerchantPrivateKey", "Channels__UnionPay__UnionPayPublicKey",
    ];

    public static IReadOnlyList<string> Of(string process) => process switch
    {
        "identity" => [.. Service("identity"), "Identity__SigningKey", .. Sms],
        "realname" => [.. Service("realname"), .. Alipay],
        "personnel" => Service("personnel"),
        "review" => Service("review"),
        "enrollment" => [.. Service("enrollment"), .. Sms, .. Email],
        "payment" => [.. Service("payment"), .. Alipay, .. WeChatPay, .. UnionPay, .. Email, .. Sms],
        "gateway" => [.. EveryProcess, "ConnectionStrings__redis", .. Names("services__", "identity__http__0", "realname__http__0", "personnel__http__0",
            "review__http__0", "enrollment__http__0", "payment__http__0", "web__http__0"),
            .. Names("Gateway__RateLimits__", "LoginPerMinute", "SmsPerMinute", "CaptchaPerMinute"), "ForwardedHeaders__KnownNetworks__0"],
        "web" => [.. EveryProcess, "ConnectionStrings__redis", "DataProtection__KeyEncryptionKey", "services__gateway__http__0"],
        _ => throw new ArgumentOutOfRangeException(nameof(process), process, "not a process of the platform"),
    };

    /// <summary>A platform service under <c>AddPlatformService</c>: its database, RabbitMQ, Redis, Identity for tokens, workstation GC.</summary>
    private static string[] Service(string name) =>
    [
        .. EveryProcess, "DOTNET_gcServer", $"ConnectionStrings__{name}db", "ConnectionStrings__rabbitmq", "ConnectionStrings__redis",
        "services__identity__http__0", "ForwardedHeaders__KnownNetworks__0",
    ];

    private static string[] Names(string prefix, params string[] names) => [.. names.Select(n => prefix + n)];
}
