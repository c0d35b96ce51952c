using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Verifications;
using AccountingPlatform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
if (args is [MigrateCommand.Verb]) return await MigrateCommand.RunAsync<RealNameDbContext>(builder, "realname");
builder.AddApiService<RealNameDbContext>("realname");
builder.AddMessaging<RealNameDbContext>("realname");
builder.AddAlipayClient();
builder.Services.AddScoped<AlipayCertification>();

var app = builder.Build();
app.UseApiService("realname");
app.MapRealNameApi();
app.MapOnlineApplicationsApi();
app.MapDivisionsApi("/api/realname");
app.Run();
return 0;
