using AccountingPlatform.Contracts;
using AccountingPlatform.InstanceTests.Support;

namespace AccountingPlatform.InstanceTests.Instances;

/// <summary>
/// The expiry workers with two instances of their service, several items due at the same moment so that both
/// instances compete for them (made as the tests begin: <see cref="ExpiringItems"/>): Payment's QR-code expiry and
/// Enrollment's expiry of enrollments unpaid at their payment deadline each act once per item.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ExpiryWorkersTests(ExpiringItems items)
{
    [Fact]
    public async Task Expired_codes_are_each_closed_once_at_Alipay_and_unpaid_enrollments_each_expire_once()
    {
        var (published, emulator, orders, unpaid) = await items.Made;

        // Nobody opens the orders meanwhile (opening one asks Alipay): the expiry worker alone closes them.
        await published.AssertOnceEachAsync<EnrollmentExpired>(unpaid.Select(u => u.EnrollmentId));
        await published.AssertOnceEachAsync<PaymentExpired>(orders.Select(p => p.EnrollmentId));
        await Task.Delay(TimeSpan.FromSeconds(3));   // time for a second close or copy to show itself

        foreach (var (candidate, enrollmentId) in unpaid)
        {
            var enrollment = await candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}");
            Assert.Equal("Expired", enrollment.Json.GetProperty("status").GetString());
            Assert.Single(await Outbox.PublishedAsync<EnrollmentExpired>("enrollment", "enrollmentId", enrollmentId));
            Assert.Single(published.CopiesOf<EnrollmentExpired>(enrollmentId));
        }
        foreach (var order in orders)
        {
            var trade = await emulator.TradeAsync(order.OutTradeNo);
            Assert.Equal("TRADE_CLOSED", trade.GetProperty("status").GetString());
            Assert.True(trade.GetProperty("closeCalls").GetInt32() == 1, $"alipay.trade.close once: {trade}");
            Assert.Single(await PaymentOutbox.PublishedAsync<PaymentExpired>(order.OrderId));
            Assert.Single(published.CopiesOf<PaymentExpired>(order.EnrollmentId));
            var seen = await order.Candidate.Client.GetAsync($"{PaymentOrders.Path}/{order.OrderId}");
            Assert.Equal("Closed", seen.Json.GetProperty("status").GetString());
        }
    }
}
