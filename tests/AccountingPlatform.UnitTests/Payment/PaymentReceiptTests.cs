using AccountingPlatform.Contracts;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.Payment.Receipts;

namespace AccountingPlatform.UnitTests.Payment;

/// <summary>The receipt a person could file: the exam's name, the person, the enrollment number, the subjects and the amount.</summary>
public sealed class PaymentReceiptTests
{
    private static readonly PaymentOrder Order = new()
    {
        OutTradeNo = "0197a1b2c3d4e5f60718293a4b5c6d7e", Channel = PaymentChannel.WeChatPay, AmountFen = 11200, Status = PaymentOrderStatus.Paid,
        ChannelTradeNo = "4200001234202606011234567890", PaidAt = new DateTimeOffset(2026, 6, 1, 2, 3, 4, TimeSpan.Zero),
    };

    private static EnrollmentConfirmed Confirmed(string? candidateName) => new(Guid.NewGuid(), Guid.NewGuid(), "2027-ZJ", "440000", "202744000123",
        "2027年度全国会计专业技术中级资格考试", candidateName, ["中级会计实务", "财务管理"], 11200, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_receipt_names_the_exam_the_candidate_the_number_the_subjects_the_amount_and_the_payment()
    {
        var body = PaymentReceiptSender.Body(Order, Confirmed("张三"));
        Assert.Contains("考试：2027年度全国会计专业技术中级资格考试", body);
        Assert.Contains("考生：张三\n报名号：202744000123", body);
        Assert.Contains("报考科目：中级会计实务、财务管理", body);
        Assert.Contains("金额：112.00 元", body);
        Assert.Contains("支付方式：微信支付", body);
        Assert.Contains("渠道交易号：4200001234202606011234567890", body);
        Assert.Contains("支付时间：2026-06-01 10:03:04（北京时间）", body);
        Assert.DoesNotContain("2027-ZJ", body);
    }

    [Fact]
    public void A_candidate_whose_name_is_not_known_gets_no_empty_name_line()
    {
        var body = PaymentReceiptSender.Body(Order, Confirmed(null));
        Assert.DoesNotContain("考生", body);
        Assert.Contains("考试：2027年度全国会计专业技术中级资格考试\n报名号：202744000123", body);
    }
}
