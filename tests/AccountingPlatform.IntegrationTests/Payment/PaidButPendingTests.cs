using System.Diagnostics;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// "我已付款但显示待缴费": the candidate has paid, the channel's notification is lost or late, and the candidate opens the
/// order. Opening it asks the channel (a query), so it shows paid at once, long before the reconciliation worker would
/// have looked (<c>Payment:ReconcileAfter</c>, 10 s under test); a channel that does not answer leaves it shown as it is.
/// </summary>
public sealed class PaidButPendingTests
{
    private static Task<ApiResponse> OrderAsync(GuangdongOrder ordered) =>
        ordered.Candidate.Client.GetAsync($"{PaymentOrders.Path}/{ordered.OrderId}");

    [Fact]
    public async Task Opening_the_order_right_after_paying_shows_it_paid_although_the_notification_is_lost()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        var sinceOrdered = Stopwatch.StartNew();
        var paid = await emulator.PayAsync(ordered.OutTradeNo, notify: false);
        Assert.False(paid.GetProperty("notified").GetBoolean(), paid.ToString());

        var sincePaid = Stopwatch.StartNew();
        var order = await OrderAsync(ordered); // the candidate opens the order at once
        Assert.True(order.Status == System.Net.HttpStatusCode.OK, order.ToString());
        Assert.Equal("Paid", order.Json.GetProperty("status").GetString());
        Assert.True(sincePaid.Elapsed < TimeSpan.FromSeconds(2), $"shown paid {sincePaid.Elapsed} after paying");
        Assert.True(sinceOrdered.Elapsed < PlatformHost.PaymentReconcileAfter, "before the reconciliation worker would have asked Alipay");
        Assert.Equal(0, (await emulator.TradeAsync(ordered.OutTradeNo)).GetProperty("notificationsSent").GetInt32());

        await Eventually.GetAsync(() => ordered.Candidate.Client.GetAsync($"{Enrollments.Path}/{ordered.EnrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");
        var late = await emulator.NotifyAgainAsync(ordered.OutTradeNo);
        Assert.Equal("success", late.GetProperty("lastResponse").GetString());
        Assert.Single(await PaymentOutbox.PublishedAsync<AccountingPlatform.Contracts.PaymentSucceeded>(ordered.OrderId));
    }

    [Fact]
    public async Task While_the_channel_is_down_the_order_is_shown_as_it_is()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        await emulator.PayAsync(ordered.OutTradeNo, notify: false);
        await emulator.BeginAlipayOutageAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            var order = await OrderAsync(ordered);
            Assert.True(order.Status == System.Net.HttpStatusCode.OK, order.ToString());
            Assert.Equal("Pending", order.Json.GetProperty("status").GetString());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"answered in {clock.Elapsed}");
        }
        finally
        {
            await emulator.EndAlipayOutageAsync();
        }
        await Eventually.GetAsync(() => OrderAsync(ordered), r => r.Json.GetProperty("status").GetString() == "Paid", "Alipay answers again");
    }
}
