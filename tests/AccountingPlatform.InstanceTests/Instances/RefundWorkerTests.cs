using System.Net;
using System.Text.Json;
using AccountingPlatform.Contracts;
using AccountingPlatform.InstanceTests.Support;

namespace AccountingPlatform.InstanceTests.Instances;

/// <summary>
/// Refunds and the outbox relays with two instances of every service: a burst of payments and then of withdrawals
/// (each a chain PaymentSucceeded → EnrollmentConfirmed → EnrollmentWithdrawn → PaymentRefunded across two services'
/// relays and consumers) is refunded once per order at Alipay, noticed once, and every event is published once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RefundWorkerTests
{
    private static bool IsRefundNotice(ReceivedEmailView mail) => mail.Subject.StartsWith("报名费退款通知", StringComparison.Ordinal);

    private static IEnumerable<JsonElement> RefundSms(JsonElement messages) =>
        messages.EnumerateArray().Where(m => m.GetProperty("templateParam").TryGetProperty("arrival", out _));

    [Fact]
    public async Task Five_enrollments_paid_and_withdrawn_at_once_are_each_refunded_once_at_Alipay_noticed_once_and_each_event_published_once()
    {
        await using var published = await PublishedEvents.StartAsync();
        using var emulator = new EmulatorClient();
        var payers = await Payer.OrderAsync(emulator, 5);
        try
        {
            await Task.WhenAll(payers.Select(p => emulator.PayAsync(p.OutTradeNo)));
            foreach (var payer in payers) await payer.AwaitEnrollmentAsync("Confirmed");
            var withdrawals = await Task.WhenAll(payers.Select(p => p.Candidate.Client.PostAsync($"{Enrollments.Path}/{p.EnrollmentId}/withdraw")));
            Assert.All(withdrawals, w => Assert.True(w.Status == HttpStatusCode.OK, w.ToString()));

            foreach (var payer in payers)
            {
                await payer.AwaitEnrollmentAsync("Refunded");
                await Eventually.GetAsync(() => emulator.EmailsToAsync(payer.Email), m => m.Any(IsRefundNotice), "the refund e-mail");
                await Eventually.GetAsync(() => emulator.SmsMessagesAsync(payer.Phone), m => RefundSms(m).Any(), "the refund SMS");
            }
            var enrollments = payers.Select(p => p.EnrollmentId).ToList();
            await published.AssertOnceEachAsync<PaymentSucceeded>(enrollments);
            await published.AssertOnceEachAsync<EnrollmentConfirmed>(enrollments);
            await published.AssertOnceEachAsync<EnrollmentWithdrawn>(enrollments);
            await published.AssertOnceEachAsync<PaymentRefunded>(enrollments);
            await Task.Delay(TimeSpan.FromSeconds(3));   // time for a second refund, notice or copy to show itself

            foreach (var payer in payers)
            {
                var trade = await emulator.TradeAsync(payer.OutTradeNo);
                Assert.True(trade.GetProperty("refundCalls").GetInt32() == 1, $"alipay.trade.refund once: {trade}");
                Assert.Equal(trade.GetProperty("totalAmount").GetString(), trade.GetProperty("refundedAmount").GetString());
                Assert.Single(await PaymentOutbox.PublishedRefundsAsync(payer.OrderId));
                Assert.Single(await emulator.EmailsToAsync(payer.Email), IsRefundNotice);
                Assert.Single(RefundSms(await emulator.SmsMessagesAsync(payer.Phone)));
                foreach (var copies in new[]
                {
                    published.CopiesOf<PaymentSucceeded>(payer.EnrollmentId), published.CopiesOf<EnrollmentConfirmed>(payer.EnrollmentId),
                    published.CopiesOf<EnrollmentWithdrawn>(payer.EnrollmentId), published.CopiesOf<PaymentRefunded>(payer.EnrollmentId),
                })
                    Assert.Single(copies);
            }
        }
        finally
        {
            foreach (var payer in payers) payer.Dispose();
        }
    }
}
