using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using System.Text.Json;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>After payment: the confirmation by SMS and e-mail with the enrollment number; withdrawal inside the window refunds the money.</summary>
public sealed class PaidEnrollmentTests
{
    private static async Task<(Candidate Candidate, JsonElement Enrollment, string OutTradeNo)> PaidEnrollmentAsync(EmulatorClient emulator)
    {
        var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var exam = await Enrollments.DevelopmentExamCodeAsync(candidate.Client);
        var enrolled = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW", "ZJ-CG"], CandidateSteps.EligibleForm));
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
        var enrollmentId = enrolled.Json.GetProperty("id").GetGuid();
        var order = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "Alipay");
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        var outTradeNo = order.Json.GetProperty("outTradeNo").GetString()!;
        await emulator.PayAsync(outTradeNo);
        var confirmed = await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");
        return (candidate, confirmed.Json, outTradeNo);
    }

    [Fact]
    public async Task A_confirmed_enrollment_reaches_the_candidate_by_SMS_and_e_mail_with_its_enrollment_number()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollment, _) = await PaidEnrollmentAsync(emulator);
        using var owner = candidate;
        var number = enrollment.GetProperty("enrollmentNumber").GetString()!;
        Assert.Matches("^[0-9]{4}44[0-9]{6}$", number);
        Assert.Contains(number, enrollment.GetProperty("nextStep").GetString());

        var sms = await Eventually.GetAsync(() => emulator.SmsMessagesAsync(candidate.Phone),
            m => m.EnumerateArray().Any(s => s.GetProperty("templateParam").TryGetProperty("number", out _)), "the confirmation SMS");
        var notice = sms.EnumerateArray().Single(s => s.GetProperty("templateParam").TryGetProperty("number", out _));
        Assert.Equal(number, notice.GetProperty("templateParam").GetProperty("number").GetString());
        Assert.Equal("广东省", notice.GetProperty("templateParam").GetProperty("province").GetString());

        var mail = Assert.Single(await Eventually.GetAsync(() => emulator.EmailsToAsync(Enrollments.EmailOf(candidate)), m => m.Count > 0, "the confirmation e-mail"));
        Assert.StartsWith("报名成功通知", mail.Subject);
        Assert.Contains($"报名号：{number}", mail.TextBody);
        Assert.Contains("中级会计实务、财务管理", mail.TextBody);
        Assert.Contains("112.00 元", mail.TextBody);
    }

    [Fact]
    public async Task A_paid_enrollment_withdrawn_inside_the_window_is_refunded_through_the_channel()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollment, outTradeNo) = await PaidEnrollmentAsync(emulator);
        using var owner = candidate;
        var id = enrollment.GetProperty("id").GetGuid();
        Assert.Equal("ENROLLMENT_NOT_CANCELLABLE", (await candidate.Client.PostAsync($"{Enrollments.Path}/{id}/cancel")).ProblemCode);

        var withdrawn = await candidate.Client.PostAsync($"{Enrollments.Path}/{id}/withdraw");
        Assert.True(withdrawn.Status == HttpStatusCode.OK, withdrawn.ToString());
        Assert.Equal("Withdrawn", withdrawn.Json.GetProperty("status").GetString());
        var refunded = await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{id}"),
            r => r.Json.GetProperty("status").GetString() == "Refunded", "Payment refunds and Enrollment learns it");
        Assert.Contains("原路退回", refunded.Json.GetProperty("nextStep").GetString());
        Assert.Equal("112.00", await emulator.RefundedAmountAsync(outTradeNo));   // the whole fee, returned through Alipay
        Assert.Equal("ENROLLMENT_NOT_WITHDRAWABLE", (await candidate.Client.PostAsync($"{Enrollments.Path}/{id}/withdraw")).ProblemCode);

        // Free to enroll again in this exam.
        var again = await candidate.Client.PostAsync(Enrollments.Path,
            await Enrollments.RequestAsync(candidate, enrollment.GetProperty("examCode").GetString()!, "440000", ["ZJ-SW"], CandidateSteps.EligibleForm));
        Assert.True(again.Status == HttpStatusCode.Created, again.ToString());
    }
}
