using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Identity;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("IDENTITY");
builder.AddServiceDatabase<IdentityDbContext>("identitydb");
builder.AddMessaging<IdentityDbContext>("identity");
builder.AddRedis();
builder.AddAliyunSms();
builder.AddDefaultAuthentication();
builder.AddIdentityServices();

var app = builder.Build();
app.UseDefaultProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi("/api/identity/openapi/{documentName}.json").AllowAnonymous();
app.MapDiscoveryApi();
app.MapCaptchasApi();
app.MapSmsCodesApi();
app.MapUsersApi();
app.MapTokensApi();
app.MapPasswordsApi();
app.MapStaffAccountsApi();
app.Run();
