using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// The pre-pay step (SPEC §6: phone + SMS code + e-mail, then submit): no order without a contact Identity verified for
/// this candidate; the order remembers it, and the electronic receipt reaches that e-mail address after payment.
/// </summary>
public sealed class PrePayStepTests
{
    [Fact]
    public async Task An_order_needs_the_candidates_verified_contact_and_the_receipt_goes_to_its_e_mail()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;

        var none = await Eventually.GetAsync(() => candidate.Client.PostAsync(PaymentOrders.Path, new { enrollmentId, channel = "Alipay" }),
            r => r.Status != HttpStatusCode.NotFound, "Payment learns of the enrollment");
        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Equal("PAYMENT_CONTACT_REQUIRED", none.ProblemCode);
        Assert.Equal("缴费前请先验证手机号码并填写电子邮箱", none.Json.GetProperty("detail").GetString());

        using var other = await Candidate.RegisterAsync(emulator);
        var othersToken = await PaymentContacts.VerifyAsync(other, emulator);
        foreach (var token in new[] { othersToken, othersToken[..^4] + "AAAA", "not-a-token" })
        {
            var refused = await candidate.Client.PostAsync(PaymentOrders.Path, new { enrollmentId, channel = "Alipay", contactToken = token });
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal("PAYMENT_CONTACT_INVALID", refused.ProblemCode);
        }
        Assert.Equal(0, await OrderCountAsync(enrollmentId));

        var phone = TestIdentities.Phone();
        var email = $"receipt-{Guid.NewGuid():N}@example.cn";
        var contactToken = await PaymentContacts.VerifyAsync(candidate, emulator, phone, email);
        var ordered = await candidate.Client.PostAsync(PaymentOrders.Path, new { enrollmentId, channel = "Alipay", contactToken });
        Assert.True(ordered.Status == HttpStatusCode.OK, ordered.ToString());
        Assert.Equal(email, ordered.Json.GetProperty("contactEmail").GetString());
        var shownPhone = ordered.Json.GetProperty("contactPhone").GetString()!;
        Assert.DoesNotContain(phone, shownPhone);
        Assert.EndsWith(phone[^4..], shownPhone);
        var outTradeNo = ordered.Json.GetProperty("outTradeNo").GetString()!;

        await emulator.PayAsync(outTradeNo);
        var receipt = Assert.Single(await Eventually.GetAsync(() => emulator.EmailsToAsync(email), m => m.Count > 0, "the payment receipt"));
        Assert.Contains(outTradeNo, receipt.Subject);
        Assert.Contains($"{amountFen / 100}.00 元", receipt.TextBody);
        Assert.Contains("支付宝", receipt.TextBody);
        Assert.Contains("北京时间", receipt.TextBody);
        Assert.Empty(await emulator.EmailsToAsync($"pay-none-{Guid.NewGuid():N}@example.cn"));
    }

    private static Task<long> OrderCountAsync(Guid enrollmentId) => DatabaseRows.CountAsync("payment", "payment_orders", "EnrollmentId", enrollmentId);
}
