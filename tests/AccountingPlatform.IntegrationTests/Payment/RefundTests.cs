using System.Globalization;
using System.Net;
using System.Text.Json;
using AccountingPlatform.Contracts;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// Payment's side of withdrawn, cancelled and expired enrollments, on the real platform: the money really paid at the
/// emulated Alipay goes back through <c>alipay.trade.refund</c>, once, and an unpayable enrollment takes no new order.
/// The tests publish Enrollment's events on the platform's RabbitMQ as its outbox would, so that a redelivery and a
/// notify crossing a cancellation can be arranged; the withdrawal through Enrollment's API is in <c>Enrollment/PaidEnrollmentTests</c>.
/// </summary>
public sealed class RefundTests
{
    private static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static Task<ApiResponse> OrderAsync(GuangdongOrder ordered) =>
        ordered.Candidate.Client.GetAsync($"/api/payment/me/orders/{ordered.OrderId}");

    private static Task<ApiResponse> AwaitStatusAsync(GuangdongOrder ordered, string status, string what) =>
        Eventually.GetAsync(() => OrderAsync(ordered), r => r.Json.GetProperty("status").GetString() == status, what);

    /// <summary>Asks for a new order until Payment refuses it as unpayable (it has applied the event).</summary>
    private static async Task AssertNoNewOrderAsync(GuangdongOrder ordered)
    {
        var refused = await Eventually.GetAsync(() => PaymentOrders.CreateAlipayOrderAsync(ordered.Candidate.Client, ordered.EnrollmentId),
            r => r.Status != HttpStatusCode.OK, "Payment makes the enrollment unpayable");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("PAYMENT_ENROLLMENT_NOT_PAYABLE", refused.ProblemCode);
        Assert.Equal("该报名已取消或已过缴费期限，不能缴费", refused.Json.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> SinglePublishedRefundAsync(GuangdongOrder ordered)
    {
        await Eventually.GetAsync(() => PaymentOutbox.PublishedRefundsAsync(ordered.OrderId), e => e.Count > 0, "PaymentRefunded published");
        await Task.Delay(TimeSpan.FromSeconds(2)); // let a second refund show itself
        var published = Assert.Single(await PaymentOutbox.PublishedRefundsAsync(ordered.OrderId));
        Assert.Equal(ordered.EnrollmentId, published.GetProperty("enrollmentId").GetGuid());
        Assert.Equal(ordered.Candidate.UserId, published.GetProperty("userId").GetGuid());
        Assert.Equal("Alipay", published.GetProperty("channel").GetString());
        Assert.Equal(ordered.AmountFen, published.GetProperty("amountFen").GetInt64());
        Assert.Equal(ordered.RefundNo, published.GetProperty("channelRefundNo").GetString());
        return published;
    }

    /// <summary>Alipay refunded the whole amount, once, under the order's own refund number, and closed the trade.</summary>
    private static async Task AssertRefundedOnceAtAlipayAsync(EmulatorClient emulator, GuangdongOrder ordered)
    {
        var trade = await emulator.TradeAsync(ordered.OutTradeNo);
        Assert.Equal(Yuan(ordered.AmountFen), await emulator.RefundedAmountAsync(ordered.OutTradeNo));
        var refund = Assert.Single(trade.GetProperty("refunds").EnumerateArray());
        Assert.Equal(ordered.RefundNo, refund.GetProperty("outRequestNo").GetString());
        Assert.Equal("TRADE_CLOSED", trade.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_withdrawn_enrollment_is_refunded_through_Alipay_once_and_takes_no_new_order()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        var paid = await emulator.PayAsync(ordered.OutTradeNo);
        Assert.True(paid.GetProperty("notified").GetBoolean(), paid.ToString());
        Assert.Equal("Paid", (await OrderAsync(ordered)).Json.GetProperty("status").GetString());
        Assert.Equal("0.00", await emulator.RefundedAmountAsync(ordered.OutTradeNo));

        // Delivered twice (a redelivery: one message id) and published once more: still one refund.
        var withdrawn = new EnrollmentWithdrawn(ordered.EnrollmentId, ordered.Candidate.UserId, ordered.OrderId, ordered.AmountFen, PlatformEnvironment.Now);
        var messageId = Guid.NewGuid();
        await using (var bus = await PlatformBus.StartAsync())
        {
            await bus.PublishAsync(withdrawn, messageId);
            await bus.PublishAsync(withdrawn, messageId);
            await bus.PublishAsync(withdrawn, Guid.NewGuid());
        }

        var refunded = await AwaitStatusAsync(ordered, "Refunded", "Payment refunds the withdrawn enrollment's order");
        Assert.True(refunded.Json.GetProperty("refundedAt").GetDateTimeOffset() >= refunded.Json.GetProperty("paidAt").GetDateTimeOffset());
        var published = await SinglePublishedRefundAsync(ordered);
        Assert.Equal("Withdrawn", published.GetProperty("reason").GetString());
        await AssertRefundedOnceAtAlipayAsync(emulator, ordered);
        await AssertNoNewOrderAsync(ordered);
    }

    [Fact]
    public async Task Money_that_reaches_Payment_after_the_enrollment_was_cancelled_is_refunded_as_not_payable()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);

        // The candidate pays, Alipay's notification is late, and meanwhile the enrollment is cancelled: Alipay refuses
        // to close the paid trade, so Payment queries it and applies the payment at once, as not payable: the money
        // goes back without waiting for a notify that may never come.
        await emulator.PayAsync(ordered.OutTradeNo, notify: false);
        await using (var bus = await PlatformBus.StartAsync())
            await bus.PublishAsync(new EnrollmentCancelled(ordered.EnrollmentId, ordered.Candidate.UserId, PlatformEnvironment.Now), Guid.NewGuid());
        await AssertNoNewOrderAsync(ordered);
        await AwaitStatusAsync(ordered, "Refunded", "Payment refunds the payment of a cancelled enrollment");

        Assert.Equal(0, (await emulator.TradeAsync(ordered.OutTradeNo)).GetProperty("notificationsSent").GetInt32());
        var published = await SinglePublishedRefundAsync(ordered);
        Assert.Equal("NotPayable", published.GetProperty("reason").GetString());
        await AssertRefundedOnceAtAlipayAsync(emulator, ordered);
    }

    [Fact]
    public async Task An_expired_enrollment_has_its_open_code_closed_at_Alipay_and_takes_no_new_order()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        Assert.Equal("WAIT_BUYER_PAY", (await emulator.TradeAsync(ordered.OutTradeNo)).GetProperty("status").GetString());

        await using (var bus = await PlatformBus.StartAsync())
            await bus.PublishAsync(new EnrollmentExpired(ordered.EnrollmentId, ordered.Candidate.UserId, PlatformEnvironment.Now, PlatformEnvironment.Now), Guid.NewGuid());

        await AssertNoNewOrderAsync(ordered);
        Assert.Equal("Closed", (await OrderAsync(ordered)).Json.GetProperty("status").GetString());
        Assert.Equal("TRADE_CLOSED", (await emulator.TradeAsync(ordered.OutTradeNo)).GetProperty("status").GetString());
    }
}
