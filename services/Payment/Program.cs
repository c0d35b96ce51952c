using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment;
using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("PAYMENT");
builder.AddServiceDatabase<PaymentDbContext>("paymentdb");
builder.AddMessaging<PaymentDbContext>("payment");
builder.AddRedis();
builder.AddAlipayClient();
builder.AddDefaultAuthentication();
builder.Services.AddOpenApi();
builder.Services.AddScoped<AlipayQrCodes>();
builder.Services.AddScoped<AlipayNotificationHandler>();

var app = builder.Build();
app.UseDefaultProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi("/api/payment/openapi/{documentName}.json").AllowAnonymous();
app.MapOrdersApi();
app.MapAlipayNotificationsApi();
app.Run();
