using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Verifications;

var builder = WebApplication.CreateBuilder(args);
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
