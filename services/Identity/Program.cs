using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Identity;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
if (args is [MigrateCommand.Verb]) return await MigrateCommand.RunAsync<IdentityDbContext>(builder, "identity");
builder.AddApiService<IdentityDbContext>("identity");
builder.AddMessaging<IdentityDbContext>("identity");
builder.AddAliyunSms();
builder.AddIdentityServices();

var app = builder.Build();
app.UseApiService("identity");
app.MapDiscoveryApi();
app.MapCaptchasApi();
app.MapSmsCodesApi();
app.MapUsersApi();
app.MapTokensApi();
app.MapPasswordsApi();
app.MapPaymentContactsApi();
app.MapStaffAccountsApi();
app.Run();
return 0;
