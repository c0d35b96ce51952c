using System.Globalization;
using System.Net;
using System.Text.Json;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// What reaches the candidate about their money, at the contact given in the pre-pay step: a receipt a person could
/// file once the enrollment is confirmed (the exam's name, the enrollment number, the subjects, the amount and the
/// payment), and, when money goes back, an SMS and an e-mail saying what was refunded, through which channel and when
/// it arrives; each once.
/// </summary>
public sealed class PaymentNoticeTests
{
    private static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static bool IsRefundNotice(ReceivedEmailView mail) => mail.Subject.StartsWith("报名费退款通知", StringComparison.Ordinal);

    private static IEnumerable<JsonElement> RefundSms(JsonElement messages) =>
        messages.EnumerateArray().Where(m => m.GetProperty("templateParam").TryGetProperty("arrival", out _));

    [Fact]
    public async Task The_receipt_names_the_exam_number_subjects_and_amount_and_a_withdrawal_is_announced_by_SMS_and_e_mail()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var examName = (await Enrollments.DevelopmentExamAsync(candidate.Client)).GetProperty("name").GetString()!;
        var phone = TestIdentities.Phone();
        var email = $"notice-{Guid.NewGuid():N}@example.cn";
        candidate.PaymentContactToken = await PaymentContacts.VerifyAsync(candidate, emulator, phone, email);
        var ordered = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "Alipay");
        Assert.True(ordered.Status == HttpStatusCode.OK, ordered.ToString());
        var outTradeNo = ordered.Json.GetProperty("outTradeNo").GetString()!;
        var paid = await emulator.PayAsync(outTradeNo);

        var confirmed = await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");
        var number = confirmed.Json.GetProperty("enrollmentNumber").GetString()!;
        var receipt = Assert.Single(await Eventually.GetAsync(() => emulator.EmailsToAsync(email), m => m.Count > 0, "the payment receipt"));
        Assert.Contains(outTradeNo, receipt.Subject);
        Assert.Contains($"考试：{examName}", receipt.TextBody);
        Assert.DoesNotContain("-ZJ", receipt.TextBody); // the exam by its name, not its code
        Assert.Contains($"考生：{candidate.Name}", receipt.TextBody);   // Enrollment keeps the name from UserRegistered
        Assert.Contains($"报名号：{number}", receipt.TextBody);
        Assert.Contains("报考科目：中级会计实务", receipt.TextBody);
        Assert.Contains($"金额：{Yuan(amountFen)} 元", receipt.TextBody);
        Assert.Contains("支付方式：支付宝", receipt.TextBody);
        Assert.Contains(paid.GetProperty("tradeNo").GetString()!, receipt.TextBody);
        Assert.Contains("北京时间", receipt.TextBody);
        Assert.Empty(RefundSms(await emulator.SmsMessagesAsync(phone)));

        var withdrawn = await candidate.Client.PostAsync($"{Enrollments.Path}/{enrollmentId}/withdraw");
        Assert.True(withdrawn.Status == HttpStatusCode.OK, withdrawn.ToString());

        await Eventually.GetAsync(() => emulator.EmailsToAsync(email), m => m.Any(IsRefundNotice), "the refund e-mail");
        await Eventually.GetAsync(() => emulator.SmsMessagesAsync(phone), m => RefundSms(m).Any(), "the refund SMS");
        await Task.Delay(TimeSpan.FromSeconds(2)); // let a second notice show itself
        var mails = await emulator.EmailsToAsync(email);
        Assert.Equal(2, mails.Count); // the receipt and the refund notice, once each
        var notice = Assert.Single(mails, IsRefundNotice);
        Assert.Contains(outTradeNo, notice.Subject);
        Assert.Contains("撤销报名", notice.TextBody);
        Assert.Contains($"退款金额：{Yuan(amountFen)} 元", notice.TextBody);
        Assert.Contains($"考试：{examName}", notice.TextBody);
        Assert.Contains($"报名号：{number}", notice.TextBody);
        Assert.Contains("退回渠道：支付宝（原路退回）", notice.TextBody);
        Assert.Contains("1-3 个工作日", notice.TextBody);

        var text = Assert.Single(RefundSms(await emulator.SmsMessagesAsync(phone))).GetProperty("templateParam");
        Assert.Equal(Yuan(amountFen), text.GetProperty("amount").GetString());
        Assert.Equal("支付宝", text.GetProperty("channel").GetString());
        Assert.Equal(examName, text.GetProperty("exam").GetString());
        Assert.Equal(outTradeNo, text.GetProperty("order").GetString());
        Assert.Contains("1-3 个工作日", text.GetProperty("arrival").GetString());
        Assert.Equal(Yuan(amountFen), await emulator.RefundedAmountAsync(outTradeNo)); // and the money did go back
    }
}
