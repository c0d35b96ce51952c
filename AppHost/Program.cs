// The whole platform under .NET Aspire: infrastructure, the channel emulator, six services and the gateway, with the
// dashboard (logs, traces, metrics over OTLP from ServiceDefaults). Every process gets the configuration names the
// shared CONVENTIONS.md lists: ConnectionStrings__{service}db / __rabbitmq / __redis, services__{name}__http__0.
using AccountingPlatform.AppHost;
using AccountingPlatform.AppHost.DevelopmentKeys;
using AccountingPlatform.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
var infrastructure = PlatformInfrastructure.Add(builder, repositoryRoot);

// Development keys and secrets: generated on first run, kept in this AppHost's user secrets (never in git).
var identitySigningKey = builder.AddParameter("identity-signing-key", new RsaPrivateKeyDefault(), secret: true, persist: true);
var alipayAppKey = builder.AddParameter("alipay-app-private-key", new RsaPrivateKeyDefault(), secret: true, persist: true);
var alipayPlatformKey = builder.AddParameter("alipay-platform-private-key", new RsaPrivateKeyDefault(), secret: true, persist: true);
var smsSecret = builder.AddParameter("sms-access-key-secret", Passwords.Default, secret: true, persist: true);
var portalKeyEncryptionKey = builder.AddParameter("portal-key-encryption-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
var channels = new ChannelSettings(alipayAppKey, alipayPlatformKey, smsSecret,
    builder.AddParameter("wechatpay-merchant-private-key", new RsaPrivateKeyDefault(), secret: true, persist: true),
    builder.AddParameter("wechatpay-platform-private-key", new RsaPrivateKeyDefault(), secret: true, persist: true),
    builder.AddParameter("wechatpay-apiv3-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true),
    builder.AddParameter("unionpay-merchant-private-key", new RsaPrivateKeyDefault(), secret: true, persist: true),
    builder.AddParameter("unionpay-platform-private-key", new RsaPrivateKeyDefault(), secret: true, persist: true));

var emulator = builder.AddProject<Projects.AccountingPlatform_ChannelEmulator>("channelemulator", launchProfileName: null)
    .WithHttpEndpoint(port: 5190)
    .WithEndpoint(port: 2525, scheme: "tcp", name: "smtp", env: "Emulator__Email__SmtpPort")
    .WithHttpHealthCheck("/health")
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithFewMallocArenas()
    .WithEmulatedChannels(channels);

// The gateway (AddGateway: each instance on its own port, 5080 for the first). With Platform:Replicas=N there are N
// gateways and N instances of every service and of the web app; the channels' callbacks and the portal use the first
// gateway, clients any of them.
var gateways = Enumerable.Range(0, builder.Replicas()).Select(builder.AddGateway).ToList();
var gateway = gateways[0];

var identity = builder.AddPlatformService<Projects.AccountingPlatform_Identity>("identity", infrastructure);
identity
    .WithEnvironment("services__identity__http__0", identity.GetEndpoint("http"))
    .WithEnvironment("Identity__SigningKey", identitySigningKey)
    .WithDevelopmentStaff()
    .WithSms(emulator, channels);

var realName = builder.AddPlatformService<Projects.AccountingPlatform_RealName>("realname", infrastructure)
    .WithReference(identity).WithAlipay(emulator, gateway, channels);
var personnel = builder.AddPlatformService<Projects.AccountingPlatform_PersonnelRecord>("personnel", infrastructure).WithReference(identity);
var review = builder.AddPlatformService<Projects.AccountingPlatform_Review>("review", infrastructure).WithReference(identity);
var enrollment = builder.AddPlatformService<Projects.AccountingPlatform_Enrollment>("enrollment", infrastructure)
    .WithReference(identity).WithSms(emulator, channels).WithEmail(emulator);
var payment = builder.AddPlatformService<Projects.AccountingPlatform_Payment>("payment", infrastructure)
    .WithReference(identity).WithAlipay(emulator, gateway, channels).WithWeChatPay(emulator, gateway, channels)
    .WithUnionPay(emulator, gateway, channels).WithEmail(emulator).WithSms(emulator, channels);

// The candidate portal (web/), reached through the gateway at "/". It calls the APIs through the gateway for the person
// it serves, with their address in X-Forwarded-For, which the gateway believes from the portal's address alone
// (loopback 127.0.0.1 here; clients and the tests connect from other addresses).
var web = builder.AddProject<Projects.AccountingPlatform_Web>("web", launchProfileName: null)
    .WithReplicas(builder.Replicas())
    .WithHttpEndpoint()
    .WithHttpHealthCheck("/health")
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithFewMallocArenas()
    .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
    .WithEnvironment("DataProtection__KeyEncryptionKey", portalKeyEncryptionKey)
    .WithReference(gateway);

foreach (var instance in gateways)
{
    instance.WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)   // the per-address limits, counted for every instance
        .WithReference(identity).WithReference(realName).WithReference(personnel)
        .WithReference(review).WithReference(enrollment).WithReference(payment).WithReference(web)
        .WithEnvironment("ForwardedHeaders__KnownProxies__0", "127.0.0.1").WithEnvironment("ForwardedHeaders__KnownProxies__1", "::1")
        .WithUrlForEndpoint("http", url => url.DisplayText = "考生门户 / 网关 (portal and APIs)");
}

builder.Build().Run();
