using AccountingPlatform.Payment.Orders;
using AccountingPlatform.Payment.Refunds;

namespace AccountingPlatform.UnitTests.Payment;

/// <summary>What a candidate is told when money goes back: why, how much, for what, through which channel and when it arrives.</summary>
public sealed class RefundNoticeTests
{
    private static RefundNotice Notice(PaymentChannel channel, RefundReason reason, string? number = "202744000123") => new(
        "13800138000", "a@example.cn", "2027年度全国会计专业技术中级资格考试", number, "0197a1b2c3d4e5f60718293a4b5c6d7e", 11200, channel, reason,
        new DateTimeOffset(2026, 6, 1, 2, 3, 4, TimeSpan.Zero));

    [Theory]
    [InlineData(PaymentChannel.Alipay, "支付宝", "1-3 个工作日")]
    [InlineData(PaymentChannel.WeChatPay, "微信支付", "20 分钟内")]
    [InlineData(PaymentChannel.UnionPay, "银联云闪付", "1-7 个工作日")]
    public void The_e_mail_says_the_amount_the_exam_the_order_the_channel_and_when_the_money_arrives(PaymentChannel channel, string name, string arrival)
    {
        var notice = Notice(channel, RefundReason.Withdrawn);
        Assert.Contains("0197a1b2c3d4e5f60718293a4b5c6d7e", notice.EmailSubject);
        Assert.Contains("退款金额：112.00 元", notice.EmailBody);
        Assert.Contains("考试：2027年度全国会计专业技术中级资格考试\n报名号：202744000123", notice.EmailBody);
        Assert.Contains($"退回渠道：{name}（原路退回）", notice.EmailBody);
        Assert.Contains("退款时间：2026-06-01 10:03:04（北京时间）", notice.EmailBody);
        Assert.Contains(arrival, notice.EmailBody);
        Assert.Equal(name, notice.SmsParameters["channel"]);
        Assert.Contains(arrival, notice.SmsParameters["arrival"]);
        Assert.Equal("112.00", notice.SmsParameters["amount"]);
    }

    [Theory]
    [InlineData(RefundReason.Withdrawn, "您已撤销报名")]
    [InlineData(RefundReason.Duplicate, "重复缴费")]
    [InlineData(RefundReason.NotPayable, "已取消或已过缴费期限")]
    public void It_says_why_the_money_went_back(RefundReason reason, string why)
    {
        var notice = Notice(PaymentChannel.Alipay, reason);
        Assert.Contains(why, notice.EmailBody);
        Assert.Contains(why, notice.SmsParameters["reason"]);
    }

    [Fact]
    public void A_payment_for_an_enrollment_never_confirmed_has_no_number_line()
    {
        Assert.DoesNotContain("报名号", Notice(PaymentChannel.Alipay, RefundReason.NotPayable, number: null).EmailBody);
    }
}
