using AccountingPlatform.Channels.Email;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.Payment.Refunds;
using AccountingPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Receipts;

/// <summary>
/// The electronic receipt (电子回执) of a payment, e-mailed to the address given in the pre-pay step once Payment has
/// both the money the channel confirmed (the enrollment's paid order) and Enrollment's confirmation
/// (<c>EnrollmentConfirmed</c>, which gives the exam's name, the candidate, the enrollment number and the subjects): once
/// per confirmation, hence per payment (its own inbox row), retried on its own when the mail server is down. A payment
/// refunded at once (a duplicate, or for a cancelled enrollment) confirms nothing and gets no receipt.
/// </summary>
public sealed class PaymentReceiptSender(PaymentDbContext db, SmtpEmailSender email, ILogger<PaymentReceiptSender> logger)
    : IdempotentConsumer<PaymentDbContext, EnrollmentConfirmed>(db, logger)
{
    private readonly ILogger _logger = logger;

    protected override async Task HandleAsync(EnrollmentConfirmed message, CancellationToken cancellationToken)
    {
        // The order that paid it: still paid, or already being refunded because the candidate withdrew at once.
        var order = await Db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.EnrollmentId == message.EnrollmentId
            && (o.Status == PaymentOrderStatus.Paid || o.RefundReason == RefundReason.Withdrawn), cancellationToken);
        if (order is null)
        {
            _logger.LogWarning("Enrollment {EnrollmentId} was confirmed, but no order here paid it; no receipt sent", message.EnrollmentId);
            return;
        }
        if (order.ContactEmail is not { } to)
        {
            _logger.LogWarning("Order {OrderId} has no e-mail address from the pre-pay step; no receipt sent", order.Id);
            return;
        }
        await email.SendAsync(new EmailMessage(to, $"缴费成功电子回执（订单号 {order.OutTradeNo}）", Body(order, message)), cancellationToken);
    }

    /// <summary>The receipt's text; a candidate whose name Enrollment did not know gets no 考生 line.</summary>
    public static string Body(PaymentOrder order, EnrollmentConfirmed confirmed) => $"""
        您好！

        您的会计专业技术资格考试报名费已缴纳成功，报名已确认。电子回执如下：

        考试：{confirmed.ExamName}
        {(confirmed.CandidateName is { Length: > 0 } name ? $"考生：{name}\n" : "")}报名号：{confirmed.EnrollmentNumber}
        报考科目：{string.Join("、", confirmed.SubjectNames)}
        金额：{PaymentWording.Yuan(order.AmountFen)} 元
        订单号：{order.OutTradeNo}
        支付方式：{PaymentWording.Channel(order.Channel)}
        渠道交易号：{order.ChannelTradeNo}
        支付时间：{(order.PaidAt is { } paidAt ? BeijingTime.Format(paidAt, "yyyy-MM-dd HH:mm:ss") : "")}（北京时间）

        请妥善保存本回执。如需退考，请在报名期内登录平台办理，报名费将原路退回。
        本邮件由系统自动发送，请勿回复。
        """;
}
