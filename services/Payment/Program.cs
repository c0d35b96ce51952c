using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment;
using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.Payment.Refunds;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiService<PaymentDbContext>("payment");
builder.AddMessaging<PaymentDbContext>("payment");
builder.AddAlipayClient();
builder.Services.AddScoped<AlipayQrCodes>();
builder.Services.AddScoped<AlipayNotificationHandler>();
builder.Services.AddScoped<UnpayableEnrollments>();
builder.Services.AddScoped<OrderRefunds>();
builder.Services.AddHostedService<RefundWorker>();

var app = builder.Build();
app.UseApiService("payment");
app.MapOrdersApi();
app.MapAlipayNotificationsApi();
app.Run();
