using AccountingPlatform.Messaging;
using AccountingPlatform.Payment;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
if (args is [MigrateCommand.Verb]) return await MigrateCommand.RunAsync<PaymentDbContext>(builder, "payment");
builder.AddApiService<PaymentDbContext>("payment");
builder.AddMessaging<PaymentDbContext>("payment");
builder.AddPaymentServices();

var app = builder.Build();
app.UseApiService("payment");
app.MapOrdersApi();
app.MapChannelNotificationsApi();
app.Run();
return 0;
