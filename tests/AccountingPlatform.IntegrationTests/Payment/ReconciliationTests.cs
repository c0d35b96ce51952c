using System.Net;
using AccountingPlatform.Contracts;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// Payments never lost and codes never left open, on the real platform with the fixture's short
/// <c>Payment:QrCodeLifetime</c> (40 s) and <c>Payment:ReconcileAfter</c> (10 s): a payment whose notify never comes is
/// found by <c>alipay.trade.query</c>, and an expired code is closed at Alipay (<c>alipay.trade.close</c>) before
/// Alipay's own timeout (whole minutes) would have closed it. Nobody opens the order before the worker has looked (opening
/// it asks the channel itself: <c>PaidButPendingTests</c>).
/// </summary>
public sealed class ReconciliationTests
{
    private static Task<ApiResponse> OrderAsync(GuangdongOrder ordered) =>
        ordered.Candidate.Client.GetAsync($"/api/payment/me/orders/{ordered.OrderId}");

    [Fact]
    public async Task A_payment_whose_notify_is_lost_is_found_by_reconciliation_and_confirms_the_enrollment()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        var paid = await emulator.PayAsync(ordered.OutTradeNo, notify: false);
        Assert.False(paid.GetProperty("notified").GetBoolean(), paid.ToString());

        // Nobody opens the order meanwhile (opening it would ask Alipay: PaidButPendingTests): the worker finds the money.
        await Eventually.GetAsync(() => PaymentOutbox.PublishedAsync<PaymentSucceeded>(ordered.OrderId), e => e.Count > 0,
            "Payment queries Alipay and applies the payment", TimeSpan.FromSeconds(60));
        var order = await OrderAsync(ordered);
        Assert.Equal("Paid", order.Json.GetProperty("status").GetString());
        Assert.Equal(ordered.OutTradeNo, order.Json.GetProperty("outTradeNo").GetString());
        Assert.NotEqual(JsonValueKindNull, order.Json.GetProperty("paidAt").ValueKind);
        Assert.Equal(0, (await emulator.TradeAsync(ordered.OutTradeNo)).GetProperty("notificationsSent").GetInt32());

        await Eventually.GetAsync(() => ordered.Candidate.Client.GetAsync($"{Enrollments.Path}/{ordered.EnrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");

        // The notify that comes at last is acknowledged and changes nothing.
        var late = await emulator.NotifyAgainAsync(ordered.OutTradeNo);
        Assert.Equal("success", late.GetProperty("lastResponse").GetString());
        Assert.Equal("Paid", (await OrderAsync(ordered)).Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_WeChat_Pay_payment_whose_callback_is_lost_is_found_by_querying_WeChat_Pay()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var ordered = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "WeChatPay");
        Assert.True(ordered.Status == System.Net.HttpStatusCode.OK, ordered.ToString());
        var orderId = ordered.Json.GetProperty("id").GetGuid();
        var outTradeNo = ordered.Json.GetProperty("outTradeNo").GetString()!;

        var paid = await emulator.PayWeChatPayAsync(outTradeNo, notify: false);
        Assert.False(paid.GetProperty("notified").GetBoolean(), paid.ToString());
        var published = Assert.Single(await Eventually.GetAsync(() => PaymentOutbox.PublishedAsync<PaymentSucceeded>(orderId), e => e.Count > 0,
            "Payment queries WeChat Pay and applies the payment", TimeSpan.FromSeconds(60)));
        Assert.Equal("Paid", (await candidate.Client.GetAsync($"{PaymentOrders.Path}/{orderId}")).Json.GetProperty("status").GetString());
        Assert.Equal(0, (await emulator.WeChatPayTradeAsync(outTradeNo)).GetProperty("notificationsSent").GetInt32());
        Assert.Equal(amountFen, published.GetProperty("amountFen").GetInt64());
        Assert.Equal(paid.GetProperty("transactionId").GetString(), published.GetProperty("channelTradeNo").GetString());
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");
    }

    [Fact]
    public async Task An_expired_code_is_closed_at_Alipay_and_here()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        var created = await OrderAsync(ordered);
        var expiresAt = created.Json.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - PlatformEnvironment.Now, TimeSpan.Zero, PlatformHost.PaymentQrCodeLifetime);

        await Eventually.GetAsync(() => OrderAsync(ordered), r => r.Json.GetProperty("status").GetString() == "Closed",
            "Payment closes the expired order", TimeSpan.FromSeconds(90));
        var trade = await emulator.TradeAsync(ordered.OutTradeNo);
        Assert.Equal("TRADE_CLOSED", trade.GetProperty("status").GetString());
        Assert.True(trade.GetProperty("expiresAt").GetDateTimeOffset() > PlatformEnvironment.Now,
            $"closed by Payment before Alipay's own timeout: {trade}");
        Assert.True(PlatformEnvironment.Now >= expiresAt);

        // PaymentExpired tells Enrollment, whose next step now asks for a new code before the deadline.
        var expired = await Eventually.GetAsync(() => PaymentOutbox.PublishedAsync<PaymentExpired>(ordered.OrderId), e => e.Count > 0, "PaymentExpired published");
        Assert.Equal(ordered.EnrollmentId, Assert.Single(expired).GetProperty("enrollmentId").GetGuid());
        var enrollment = await Eventually.GetAsync(() => ordered.Candidate.Client.GetAsync($"{Enrollments.Path}/{ordered.EnrollmentId}"),
            r => r.Json.GetProperty("nextStep").GetString()!.StartsWith("缴费二维码已于", StringComparison.Ordinal), "Enrollment learns the code expired");
        Assert.Equal("AwaitingPayment", enrollment.Json.GetProperty("status").GetString());
        Assert.Contains("请重新获取二维码", enrollment.Json.GetProperty("nextStep").GetString());

        // The candidate renews it: a new code.
        var renewed = await ordered.Candidate.Client.PostAsync("/api/payment/me/orders", new { enrollmentId = ordered.EnrollmentId, channel = "Alipay" });
        Assert.True(renewed.Status == HttpStatusCode.OK, renewed.ToString());
        Assert.NotEqual(ordered.OrderId, renewed.Json.GetProperty("id").GetGuid());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
