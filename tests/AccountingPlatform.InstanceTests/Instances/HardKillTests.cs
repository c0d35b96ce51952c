using AccountingPlatform.Contracts;
using AccountingPlatform.InstanceTests.Support;
using Xunit.Abstractions;

namespace AccountingPlatform.InstanceTests.Instances;

/// <summary>
/// One instance of Payment and one of Enrollment killed outright (SIGKILL: no shutdown, a message half consumed, a
/// notify half answered, an outbox batch half relayed) while candidates pay: the other instances and the broker's
/// redelivery finish the work: nothing is lost, and what changes state (a payment, a confirmation) happens once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HardKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_one_instance_of_payment_and_of_enrollment_while_six_candidates_pay_loses_nothing_and_pays_and_confirms_once()
    {
        using var emulator = new EmulatorClient();
        var payers = await Payer.OrderAsync(emulator, 6);
        var running = await RunningInstances.HealthyAsync(["payment", "enrollment"], TwoInstances.Replicas);
        var killed = running.Values.Select(instances => instances.Order(StringComparer.Ordinal).First()).ToList();
        try
        {
            var paying = payers.Select(p => emulator.PayAsync(p.OutTradeNo)).ToList();
            var states = await Task.WhenAll(killed.Select(RunningInstances.KillAsync));
            output.WriteLine($"killed {string.Join(", ", killed)}: the orchestrator shows {string.Join(", ", states)}");
            var unanswered = (await Task.WhenAll(paying)).Count(p => !p.GetProperty("notified").GetBoolean());
            output.WriteLine($"{unanswered} of {payers.Length} notifies were not answered at once (reconciliation finds those)");

            foreach (var payer in payers)
            {
                await payer.AwaitEnrollmentAsync("Confirmed", TimeSpan.FromSeconds(90));
                await Eventually.GetAsync(() => emulator.EmailsToAsync(payer.Email), m => m.Count > 0, "the payment receipt");
                await Eventually.GetAsync(() => emulator.EmailsToAsync(Enrollments.EmailOf(payer.Candidate)), m => m.Count > 0, "the enrollment confirmation");
            }
            foreach (var service in new[] { "payment", "enrollment" })
                await Eventually.GetAsync(() => ServiceTables.UnpublishedAsync(service), n => n == 0, $"{service}'s outbox relayed");

            // What changes state happens once: each order paid once, each enrollment confirmed once. A notice is sent at
            // least once; one the kill caught between its send and the commit of its inbox row is sent again by the
            // other instance (the send cannot be in the transaction: README, "Several instances").
            await Task.Delay(TimeSpan.FromSeconds(4));   // time for a second copy of anything to show itself
            var resent = 0;
            foreach (var payer in payers)
            {
                var receipts = (await emulator.EmailsToAsync(payer.Email)).Count;
                var confirmations = (await emulator.EmailsToAsync(Enrollments.EmailOf(payer.Candidate))).Count;
                Assert.InRange(receipts, 1, 2);
                Assert.InRange(confirmations, 1, 2);
                resent += receipts - 1 + confirmations - 1;
                Assert.Single(await PaymentOutbox.PublishedAsync<PaymentSucceeded>(payer.OrderId));
                Assert.Single(await Outbox.PublishedAsync<EnrollmentConfirmed>("enrollment", "enrollmentId", payer.EnrollmentId));
                var order = await payer.Candidate.Client.GetAsync($"{PaymentOrders.Path}/{payer.OrderId}");
                Assert.Equal("Paid", order.Json.GetProperty("status").GetString());
            }
            output.WriteLine($"{resent} notices sent again after the kill interrupted their first sending");
        }
        finally
        {
            await Task.WhenAll(killed.Select(RunningInstances.BringBackAsync));
            foreach (var payer in payers) payer.Dispose();
        }
    }
}
