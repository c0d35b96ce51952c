using AccountingPlatform.Contracts;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// What a candidate is told once money went back (<c>PaymentRefunded</c>): why, how much, for which exam and order,
/// through which channel (原路退回) and when it arrives; sent to the contact of the pre-pay step the order carries.
/// </summary>
public sealed record RefundNotice(
    string? Phone, string? Email, string Exam, string? EnrollmentNumber, string OutTradeNo, long AmountFen, PaymentChannel Channel,
    RefundReason Reason, DateTimeOffset RefundedAt)
{
    /// <summary>The notice of the refund, or null when the order is not Payment's.</summary>
    public static async Task<RefundNotice?> ForAsync(PaymentDbContext db, PaymentRefunded refunded, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == refunded.PaymentOrderId, cancellationToken);
        if (order is null) return null;
        var payable = await db.Payables.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == order.EnrollmentId, cancellationToken);
        var exam = payable switch
        {
            { ExamName: { Length: > 0 } name } => name,
            { ExamCode: { Length: > 0 } code } => $"{code} 会计专业技术资格考试",
            _ => "会计专业技术资格考试",
        };
        return new RefundNotice(order.ContactPhone, order.ContactEmail, exam, payable?.EnrollmentNumber, order.OutTradeNo, refunded.AmountFen,
            order.Channel, order.RefundReason ?? Enum.Parse<RefundReason>(refunded.Reason), refunded.RefundedAt);
    }

    public string Why => Reason switch
    {
        RefundReason.Withdrawn => "您已撤销报名（退考）",
        RefundReason.Duplicate => "该报名此前已缴费成功，本次为重复缴费",
        _ => "该报名已取消或已过缴费期限",
    };

    /// <summary>The SMS template's parameters (see <see cref="RefundNoticeOptions.RefundedSmsTemplateCode"/>).</summary>
    public IReadOnlyDictionary<string, string> SmsParameters => new Dictionary<string, string>
    {
        ["reason"] = Why, ["exam"] = Exam, ["amount"] = PaymentWording.Yuan(AmountFen), ["channel"] = PaymentWording.Channel(Channel),
        ["order"] = OutTradeNo, ["arrival"] = PaymentWording.RefundArrival(Channel),
    };

    public string EmailSubject => $"报名费退款通知（订单号 {OutTradeNo}）";

    public string EmailBody => $"""
        您好！

        {Why}，您为{Exam}缴纳的报名费已原路退回，退款信息如下：

        退款金额：{PaymentWording.Yuan(AmountFen)} 元
        考试：{Exam}
        {(EnrollmentNumber is { Length: > 0 } number ? $"报名号：{number}\n" : "")}订单号：{OutTradeNo}
        退回渠道：{PaymentWording.Channel(Channel)}（原路退回）
        退款时间：{BeijingTime.Format(RefundedAt, "yyyy-MM-dd HH:mm:ss")}（北京时间）
        到账时间：{PaymentWording.RefundArrival(Channel)}

        如有疑问，请登录平台查看缴费记录，或联系报考地的会计考试管理机构。
        本邮件由系统自动发送，请勿回复。
        """;
}
