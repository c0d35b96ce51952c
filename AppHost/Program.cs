// AccountingPlatform AppHost (.NET Aspire). Compiled only with -p:EnableAspireAppHost=true (see README.md).
//
// Wiring follows dotnet/eShop src/eShop.AppHost/Program.cs at commit 5624ad564d1602a927879df32a79b94522eb6101
// ("Upgrade to Aspire 13.1"): AddPostgres(...).AddDatabase(...), AddRabbitMQ, AddRedis, AddProject<Projects.X>(name),
// WithReference(...).WaitFor(...), WithExternalHttpEndpoints, WithEnvironment(name, endpoint/expression), and
// cross-references between projects set with WithEnvironment after all projects exist.
// API shapes checked against microsoft/aspire tag v13.5.2 (commit a22cec24d76e764b3681977e314ab4a0aeed0240):
// src/Aspire.Hosting/{ResourceBuilderExtensions,ProjectResourceBuilderExtensions,ParameterResourceBuilderExtensions}.cs,
// src/Aspire.Hosting.{PostgreSQL,RabbitMQ,Redis}/*BuilderExtensions.cs. Not built in the environment it was written
// in (no Aspire package on its feed).
//
// Configuration names are the ones every process reads (shared CONVENTIONS.md, deploy/local/platform-env.sh):
// ConnectionStrings__{service}db / __rabbitmq / __redis, services__{name}__http__0, Channels__*, Emulator__*.

var builder = DistributedApplication.CreateBuilder(args);

// ---- Infrastructure (containers) -------------------------------------------------------------------------------
// WithReference(database) injects ConnectionStrings__<database name>; WithReference(rabbitmq/redis) injects
// ConnectionStrings__rabbitmq (an amqp:// URI) and ConnectionStrings__redis.
var postgres = builder.AddPostgres("postgres").WithDataVolume();
var identityDb = postgres.AddDatabase("identitydb");
var realNameDb = postgres.AddDatabase("realnamedb");
var personnelDb = postgres.AddDatabase("personneldb");
var reviewDb = postgres.AddDatabase("reviewdb");
var enrollmentDb = postgres.AddDatabase("enrollmentdb");
var paymentDb = postgres.AddDatabase("paymentdb");

var rabbitmq = builder.AddRabbitMQ("rabbitmq");
var redis = builder.AddRedis("redis");

// ---- Development keys -------------------------------------------------------------------------------------------
// Parameters are read from configuration as Parameters:<name>. deploy/local/keys.sh generates development values
// into .local/keys/; put them into this AppHost's user secrets, e.g. from the repository root:
//   dotnet user-secrets --project AppHost set Parameters:identity-signing-key "$(cat .local/keys/identity-signing.private)"
//   (identity-signing.private, alipay-app.private, alipay-app.public, alipay-platform.private,
//    alipay-platform.public, sms.secret -> the parameter of the same meaning below)
// Public keys are not secret, but they come from the same generated pairs, so they are parameters too.
var identitySigningKey = builder.AddParameter("identity-signing-key", secret: true);        // identity-signing.private
var alipayAppPrivateKey = builder.AddParameter("alipay-app-private-key", secret: true);     // alipay-app.private
var alipayAppPublicKey = builder.AddParameter("alipay-app-public-key");                     // alipay-app.public
var alipayPlatformPrivateKey = builder.AddParameter("alipay-platform-private-key", secret: true); // alipay-platform.private
var alipayPlatformPublicKey = builder.AddParameter("alipay-platform-public-key");           // alipay-platform.public
var smsAccessKeySecret = builder.AddParameter("sms-access-key-secret", secret: true);       // sms.secret

// Non-secret development identifiers, the same values as deploy/local/platform-env.sh.
const string AlipayAppId = "2021000000000001";
const string SmsAccessKeyId = "dev-sms-access-key";

// ---- Projects ---------------------------------------------------------------------------------------------------
// The services have no launchSettings.json, and a project without a launch profile gets no endpoint from Aspire;
// so every project ignores launch profiles and gets one explicit "http" endpoint. WithReference(project) then
// injects services__<name>__http__0 for it.

// Development test double of Alipay and Aliyun SMS.
var channelEmulator = builder.AddProject<Projects.AccountingPlatform_ChannelEmulator>("channelemulator", launchProfileName: null)
    .WithHttpEndpoint()
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithEnvironment("Emulator__Alipay__AlipayPrivateKey", alipayPlatformPrivateKey)
    .WithEnvironment("Emulator__Alipay__Apps__0__AppId", AlipayAppId)
    .WithEnvironment("Emulator__Alipay__Apps__0__AppPublicKey", alipayAppPublicKey)
    .WithEnvironment("Emulator__Sms__AccessKeys__0__AccessKeyId", SmsAccessKeyId)
    .WithEnvironment("Emulator__Sms__AccessKeys__0__AccessKeySecret", smsAccessKeySecret);
var emulatorUrl = channelEmulator.GetEndpoint("http").Property(EndpointProperty.Url);

// Public entry point: routes /api/{service}/... to services__{service}__http__0 (references added below).
var gateway = builder.AddProject<Projects.AccountingPlatform_Gateway>("gateway", launchProfileName: null)
    .WithHttpEndpoint()
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development");
var gatewayUrl = gateway.GetEndpoint("http").Property(EndpointProperty.Url);

var identity = AddService<Projects.AccountingPlatform_Identity>("identity", identityDb);
// Identity validates its own tokens through the same JWKS discovery as every service (services:identity:http:0).
identity
    .WithEnvironment("services__identity__http__0", identity.GetEndpoint("http"))
    .WithEnvironment("Identity__SigningKey", identitySigningKey)
    .WithReference(channelEmulator)
    .WithEnvironment("Channels__Sms__Endpoint", ReferenceExpression.Create($"{emulatorUrl}/sms/"))
    .WithEnvironment("Channels__Sms__AccessKeyId", SmsAccessKeyId)
    .WithEnvironment("Channels__Sms__AccessKeySecret", smsAccessKeySecret)
    .WithEnvironment("Channels__Sms__SignName", "全国会计资格评价网")
    .WithEnvironment("Channels__Sms__TemplateCode", "SMS_000000001");

// Development staff accounts, as in deploy/local/platform-env.sh.
(string Phone, string Name, string Role, string? DivisionCode, string Password)[] staff =
[
    ("13900000001", "北京审核员", "reviewer", "110000", "Review@2024dev"),
    ("13900000002", "广东审核员", "reviewer", "440000", "Review@2024dev"),
    ("13900000003", "深圳市南山区审核员", "reviewer", "440305", "Review@2024dev"),
    ("13900000000", "平台管理员", "admin", null, "Admin@2024dev"),
];
for (var i = 0; i < staff.Length; i++)
{
    identity
        .WithEnvironment($"Identity__SeedAccounts__{i}__Phone", staff[i].Phone)
        .WithEnvironment($"Identity__SeedAccounts__{i}__Password", staff[i].Password)
        .WithEnvironment($"Identity__SeedAccounts__{i}__Name", staff[i].Name)
        .WithEnvironment($"Identity__SeedAccounts__{i}__Role", staff[i].Role);
    if (staff[i].DivisionCode is { } division)
        identity.WithEnvironment($"Identity__SeedAccounts__{i}__DivisionCode", division);
}

var realName = WithAlipay(AddService<Projects.AccountingPlatform_RealName>("realname", realNameDb).WithReference(identity))
    .WithEnvironment("Channels__Alipay__CertifyReturnUrl", ReferenceExpression.Create($"{gatewayUrl}/"));
var personnel = AddService<Projects.AccountingPlatform_PersonnelRecord>("personnel", personnelDb).WithReference(identity);
var review = AddService<Projects.AccountingPlatform_Review>("review", reviewDb).WithReference(identity);
var enrollment = AddService<Projects.AccountingPlatform_Enrollment>("enrollment", enrollmentDb).WithReference(identity);
var payment = WithAlipay(AddService<Projects.AccountingPlatform_Payment>("payment", paymentDb).WithReference(identity));

gateway
    .WithReference(identity)
    .WithReference(realName)
    .WithReference(personnel)
    .WithReference(review)
    .WithReference(enrollment)
    .WithReference(payment);

builder.Build().Run();

// A platform service: its database, RabbitMQ and Redis, waited for before it starts.
IResourceBuilder<ProjectResource> AddService<TProject>(string name, IResourceBuilder<PostgresDatabaseResource> database)
    where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name, launchProfileName: null)
        .WithHttpEndpoint()
        .WithHttpHealthCheck("/health")
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
        .WithReference(database).WaitFor(database)
        .WithReference(rabbitmq).WaitFor(rabbitmq)
        .WithReference(redis).WaitFor(redis);

// A service that calls Alipay (through the emulator); Alipay's notifications come back through the gateway.
IResourceBuilder<ProjectResource> WithAlipay(IResourceBuilder<ProjectResource> service) =>
    service
        .WithReference(channelEmulator)
        .WithEnvironment("Channels__Alipay__GatewayUrl", ReferenceExpression.Create($"{emulatorUrl}/alipay/gateway.do"))
        .WithEnvironment("Channels__Alipay__AppId", AlipayAppId)
        .WithEnvironment("Channels__Alipay__AppPrivateKey", alipayAppPrivateKey)
        .WithEnvironment("Channels__Alipay__AlipayPublicKey", alipayPlatformPublicKey)
        .WithEnvironment("Channels__Alipay__NotifyUrl", ReferenceExpression.Create($"{gatewayUrl}/api/payment/notifications/alipay"));
