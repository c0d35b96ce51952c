using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment;
using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.Payment.Reconciliation;
using AccountingPlatform.Payment.Refunds;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiService<PaymentDbContext>("payment");
builder.AddMessaging<PaymentDbContext>("payment");
builder.AddAlipayClient();
builder.Services.AddOptions<PaymentOptions>().Bind(builder.Configuration.GetSection(PaymentOptions.SectionName))
    .Validate(o => o.QrCodeLifetime > TimeSpan.Zero && o.ReconcileAfter > TimeSpan.Zero, "Payment:QrCodeLifetime and Payment:ReconcileAfter must be positive")
    .ValidateOnStart();
builder.Services.AddScoped<AlipayQrCodes>();
builder.Services.AddScoped<AlipayTrades>();
builder.Services.AddScoped<OrderPayments>();
builder.Services.AddScoped<OrderRenewal>();
builder.Services.AddScoped<OrderReconciliation>();
builder.Services.AddHostedService<ReconciliationWorker>();
builder.Services.AddScoped<AlipayNotificationHandler>();
builder.Services.AddScoped<UnpayableEnrollments>();
builder.Services.AddScoped<OrderRefunds>();
builder.Services.AddHostedService<RefundWorker>();

var app = builder.Build();
app.UseApiService("payment");
app.MapOrdersApi();
app.MapAlipayNotificationsApi();
app.Run();
