using System.Net;
using AccountingPlatform.Contracts;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// Two codes paid for one enrollment: a UnionPay code cannot be closed at UnionPay (it stays payable until its
/// payTimeout), so a candidate who switched to Alipay can pay both. The first payment counts; the second, notified
/// after it for an order already closed here, is acknowledged and refunded through UnionPay, never kept and never lost.
/// </summary>
public sealed class DuplicatePaymentTests
{
    [Fact]
    public async Task A_second_payment_for_an_enrollment_already_paid_is_refunded_through_its_own_channel()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var (unionPay, alipay) = await UnionPayThenAlipayAsync(candidate, emulator, enrollmentId);
        var unionPayId = unionPay.Json.GetProperty("id").GetGuid();
        var alipayId = alipay.Json.GetProperty("id").GetGuid();
        Assert.NotEqual(unionPayId, alipayId);
        Assert.Equal("Closed", (await candidate.Client.GetAsync($"{PaymentOrders.Path}/{unionPayId}")).Json.GetProperty("status").GetString());

        Assert.True((await emulator.PayAsync(alipay.Json.GetProperty("outTradeNo").GetString()!)).GetProperty("notified").GetBoolean());
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "the first payment confirms the enrollment");

        var unionPayNo = unionPay.Json.GetProperty("outTradeNo").GetString()!;
        var late = await emulator.PayUnionPayAsync(unionPayNo);
        Assert.Equal("ok", late.GetProperty("lastResponse").GetString());
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{PaymentOrders.Path}/{unionPayId}"),
            r => r.Json.GetProperty("status").GetString() == "Refunded", "the second payment is refunded");

        var refund = Assert.Single(await PaymentOutbox.PublishedAsync<PaymentRefunded>(unionPayId));
        Assert.Equal("Duplicate", refund.GetProperty("reason").GetString());
        Assert.Equal("UnionPay", refund.GetProperty("channel").GetString());
        Assert.Equal(amountFen, (await emulator.UnionPayOrderAsync(unionPayNo)).GetProperty("refundedFen").GetInt64());
        Assert.Empty(await PaymentOutbox.PublishedAsync<PaymentSucceeded>(unionPayId));
        Assert.Single(await PaymentOutbox.PublishedAsync<PaymentSucceeded>(alipayId));
        Assert.Equal("Paid", (await candidate.Client.GetAsync($"{PaymentOrders.Path}/{alipayId}")).Json.GetProperty("status").GetString());
        Assert.Equal("Confirmed", (await candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}")).Json.GetProperty("status").GetString());

        // The candidate is told, at the pre-pay step's e-mail, what went back, through which channel and when it arrives.
        var contactEmail = unionPay.Json.GetProperty("contactEmail").GetString()!;
        var notice = Assert.Single(await Eventually.GetAsync(
            async () => (await emulator.EmailsToAsync(contactEmail)).Where(m => m.Subject.StartsWith("报名费退款通知", StringComparison.Ordinal)).ToList(),
            m => m.Count > 0, "the refund notice"));
        Assert.Contains(unionPayNo, notice.Subject);
        Assert.Contains("重复缴费", notice.TextBody);
        Assert.Contains($"退款金额：{amountFen / 100}.00 元", notice.TextBody);
        Assert.Contains("退回渠道：银联云闪付（原路退回）", notice.TextBody);
        Assert.Contains("1-7 个工作日", notice.TextBody);
    }

    [Fact]
    public async Task Money_paid_on_a_replaced_UnionPay_code_whose_notify_is_lost_is_found_once_the_code_expires()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var (unionPay, _) = await UnionPayThenAlipayAsync(candidate, emulator, enrollmentId);
        var unionPayId = unionPay.Json.GetProperty("id").GetGuid();
        var unionPayNo = unionPay.Json.GetProperty("outTradeNo").GetString()!;

        // The candidate pays the old UnionPay code after all, and UnionPay's notification never arrives.
        var paid = await emulator.PayUnionPayAsync(unionPayNo, notify: false);
        Assert.False(paid.GetProperty("notified").GetBoolean(), paid.ToString());
        var expiresAt = unionPay.Json.GetProperty("expiresAt").GetDateTimeOffset();

        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{PaymentOrders.Path}/{unionPayId}"),
            r => r.Json.GetProperty("status").GetString() == "Paid", "Payment takes a last look at the replaced code", TimeSpan.FromSeconds(120));
        Assert.True(PlatformEnvironment.Now >= expiresAt, "looked at once the code could no longer be paid");
        var published = Assert.Single(await Eventually.GetAsync(() => PaymentOutbox.PublishedAsync<PaymentSucceeded>(unionPayId), e => e.Count > 0, "PaymentSucceeded"));
        Assert.Equal(amountFen, published.GetProperty("amountFen").GetInt64());
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");
    }

    /// <summary>A UnionPay code, then the candidate switches to Alipay: the UnionPay order is closed here (UnionPay cannot close it).</summary>
    private static async Task<(ApiResponse UnionPay, ApiResponse Alipay)> UnionPayThenAlipayAsync(Candidate candidate, EmulatorClient emulator, Guid enrollmentId)
    {
        var unionPay = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "UnionPay");
        Assert.True(unionPay.Status == HttpStatusCode.OK, unionPay.ToString());
        var alipay = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "Alipay");
        Assert.True(alipay.Status == HttpStatusCode.OK, alipay.ToString());
        return (unionPay, alipay);
    }
}
