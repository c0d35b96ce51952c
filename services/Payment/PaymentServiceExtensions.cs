using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Channels.Email;
using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.Payment.Reconciliation;
using AccountingPlatform.Payment.Refunds;
using AccountingPlatform.Payment.UnionPay;
using AccountingPlatform.Payment.WeChatPay;

namespace AccountingPlatform.Payment;

public static class PaymentServiceExtensions
{
    /// <summary>The three channels' adapters (each offered only where its merchant account is configured), e-mail for receipts and e-mail and SMS for refund notices, the order rules and the two workers.</summary>
    public static IHostApplicationBuilder AddPaymentServices(this IHostApplicationBuilder builder)
    {
        builder.AddAlipayClient();
        builder.AddWeChatPay();
        builder.AddUnionPay();
        builder.AddSmtpEmail();
        builder.AddAliyunSms();
        builder.Services.AddOptions<RefundNoticeOptions>().Bind(builder.Configuration.GetSection(RefundNoticeOptions.SectionName));
        builder.Services.AddOptions<PaymentOptions>().Bind(builder.Configuration.GetSection(PaymentOptions.SectionName))
            .Validate(o => o.QrCodeLifetime > TimeSpan.Zero && o.ReconcileAfter > TimeSpan.Zero && o.QueryOnViewEvery > TimeSpan.Zero,
                "Payment:QrCodeLifetime, Payment:ReconcileAfter and Payment:QueryOnViewEvery must be positive")
            .ValidateOnStart();

        var services = builder.Services;
        services.AddScoped<IPaymentChannel, AlipayPaymentChannel>();
        services.AddScoped<IPaymentChannel, WeChatPayPaymentChannel>();
        services.AddScoped<IPaymentChannel, UnionPayPaymentChannel>();
        services.AddScoped<PaymentChannels>();
        services.AddScoped<AlipayNotificationHandler>();
        services.AddScoped<WeChatPayNotificationHandler>();
        services.AddScoped<UnionPayNotificationHandler>();
        services.AddScoped<NotifiedPayments>();
        services.AddScoped<OrderPayments>();
        services.AddScoped<OrderClosing>();
        services.AddScoped<OrderCreation>();
        services.AddScoped<OrderStatusRefresh>();
        services.AddScoped<OrderExpiry>();
        services.AddScoped<UnpayableEnrollments>();
        services.AddScoped<OrderReconciliation>();
        services.AddHostedService<ReconciliationWorker>();
        services.AddScoped<OrderRefunds>();
        services.AddHostedService<RefundWorker>();
        return builder;
    }
}
