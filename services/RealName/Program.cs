using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Verifications;
using AccountingPlatform.ServiceDefaults.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("REALNAME");
builder.AddServiceDatabase<RealNameDbContext>("realnamedb");
builder.AddMessaging<RealNameDbContext>("realname");
builder.AddRedis();
builder.AddAlipayClient();
builder.AddDefaultAuthentication();
builder.Services.AddOpenApi();
builder.Services.AddScoped<AlipayCertification>();

var app = builder.Build();
app.UseDefaultProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi("/api/realname/openapi/{documentName}.json").AllowAnonymous();
app.MapRealNameApi();
app.MapOnlineApplicationsApi();
app.MapDivisionsApi("/api/realname");
app.Run();
