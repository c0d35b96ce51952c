using System.Globalization;
using AccountingPlatform.Channels.Email;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Receipts;

/// <summary>
/// The electronic receipt (电子回执) of a payment, e-mailed to the address given in the pre-pay step once the channel
/// confirmed the money (<c>PaymentSucceeded</c>): once per payment (its own inbox row), retried on its own when the
/// mail server is down. A payment refunded at once (a duplicate, or for a cancelled enrollment) publishes no
/// <c>PaymentSucceeded</c> and gets no receipt.
/// </summary>
public sealed class PaymentReceiptSender(PaymentDbContext db, SmtpEmailSender email, ILogger<PaymentReceiptSender> logger)
    : IdempotentConsumer<PaymentDbContext, PaymentSucceeded>(db, logger)
{
    private readonly ILogger _logger = logger;

    protected override async Task HandleAsync(PaymentSucceeded message, CancellationToken cancellationToken)
    {
        var order = await Db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == message.PaymentOrderId, cancellationToken);
        if (order?.ContactEmail is not { } to)
        {
            _logger.LogWarning("Order {OrderId} has no e-mail address from the pre-pay step; no receipt sent", message.PaymentOrderId);
            return;
        }
        var examCode = await Db.Payables.AsNoTracking().Where(p => p.EnrollmentId == order.EnrollmentId).Select(p => p.ExamCode).FirstOrDefaultAsync(cancellationToken);
        await email.SendAsync(new EmailMessage(to, $"缴费成功电子回执（订单号 {order.OutTradeNo}）", Body(order, message, examCode)), cancellationToken);
    }

    public static string Body(PaymentOrder order, PaymentSucceeded payment, string? examCode) => $"""
        您好！

        您的会计专业技术资格考试报名费已缴纳成功，电子回执如下：

        考试：{examCode} 会计专业技术资格考试
        订单号：{order.OutTradeNo}
        支付方式：{ChannelName(order.Channel)}
        渠道交易号：{payment.ChannelTradeNo}
        金额：{(payment.AmountFen / 100m).ToString("0.00", CultureInfo.InvariantCulture)} 元
        支付时间：{BeijingTime.Format(payment.PaidAt, "yyyy-MM-dd HH:mm:ss")}（北京时间）

        报名确认及报名号将另行通知。如需退考，请在报名期内登录平台办理，报名费将原路退回。
        本邮件由系统自动发送，请勿回复。
        """;

    private static string ChannelName(PaymentChannel channel) => channel switch
    {
        PaymentChannel.Alipay => "支付宝",
        PaymentChannel.WeChatPay => "微信支付",
        _ => "银联云闪付",
    };
}
