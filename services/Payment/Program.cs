using AccountingPlatform.Messaging;
using AccountingPlatform.Payment;
using AccountingPlatform.Payment.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiService<PaymentDbContext>("payment");
builder.AddMessaging<PaymentDbContext>("payment");
builder.AddPaymentServices();

var app = builder.Build();
app.UseApiService("payment");
app.MapOrdersApi();
app.MapChannelNotificationsApi();
app.Run();
