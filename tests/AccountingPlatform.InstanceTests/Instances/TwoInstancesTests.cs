using System.Net;
using AccountingPlatform.Contracts;
using AccountingPlatform.InstanceTests.Support;

namespace AccountingPlatform.InstanceTests.Instances;

/// <summary>
/// The platform with two instances of every service, of the web app and of the gateway (<c>Platform:Replicas=2</c>):
/// what a person does works whichever instance serves it, and what must happen once (an event's effect, a worker's
/// action, a lockout) happens once, not once per instance.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task Every_service_the_web_app_and_the_gateway_run_in_two_healthy_instances()
    {
        var replicated = await RunningInstances.HealthyAsync(TwoInstances.Replicated, TwoInstances.Replicas);
        Assert.All(replicated, r => Assert.Equal(TwoInstances.Replicas, r.Value.Count));

        var gateways = await RunningInstances.HealthyAsync(TwoInstances.Gateways, 1);
        Assert.NotEqual(TwoInstances.GatewayUrl("gateway"), TwoInstances.GatewayUrl("gateway2"));
        Assert.All(gateways, g => Assert.Single(g.Value));
    }

    [Fact]
    public async Task A_candidate_signed_in_through_one_gateway_is_signed_in_through_the_other_and_a_lockout_counted_on_one_holds_on_the_other()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);   // through the first gateway

        // The token the first gateway's Identity instance issued is good at every instance behind the second gateway.
        using var elsewhere = new PlatformClient(gateway: TwoInstances.GatewayUrl("gateway2")) { AccessToken = candidate.Client.AccessToken };
        for (var i = 0; i < 4; i++)
        {
            var me = await elsewhere.GetAsync("/api/identity/users/me");
            Assert.True(me.Status == HttpStatusCode.OK, me.ToString());
            Assert.Equal(candidate.Phone, me.Json.GetProperty("phone").GetString());
        }

        // Wrong passwords from one address, alternating between the gateways: the fifth locks, whichever gateway counts it.
        var address = LoopbackClients.RandomAddress();
        using var first = new PlatformClient(address, TwoInstances.GatewayUrl("gateway"));
        using var second = new PlatformClient(address, TwoInstances.GatewayUrl("gateway2"));
        for (var i = 1; i < 5; i++)
        {
            var wrong = await Candidate.TryLogInAsync(i % 2 == 0 ? first : second, candidate.Phone, "Wrong@2024pw");
            Assert.Equal("IDENTITY_CREDENTIALS_INVALID", wrong.ProblemCode);
        }
        var locking = await Candidate.TryLogInAsync(first, candidate.Phone, "Wrong@2024pw");
        Assert.Equal(HttpStatusCode.Locked, locking.Status);
        Assert.Equal("IDENTITY_ACCOUNT_LOCKED", (await Candidate.TryLogInAsync(second, candidate.Phone, candidate.Password)).ProblemCode);
        Assert.Equal("IDENTITY_ACCOUNT_LOCKED", (await Candidate.TryLogInAsync(first, candidate.Phone, candidate.Password)).ProblemCode);
    }

    [Fact]
    public async Task A_person_signed_in_on_the_portal_is_signed_in_at_each_portal_instance()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator, "李四");
        using var device = new AccountingPlatform.BrowserTests.Support.PortalFormClient();
        await device.SubmitAsync("/login", "login",
            new Dictionary<string, string> { ["Form.Action"] = "login", ["Form.Account"] = candidate.Phone, ["Form.Password"] = candidate.Password });

        // The session cookie one instance issued, shown to each instance at its own address: each knows the person.
        var instances = await RunningInstances.OwnAddressesAsync("web", TwoInstances.Replicas);
        Assert.Equal(TwoInstances.Replicas, instances.Distinct().Count());
        foreach (var instance in instances)
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = instance };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
            request.Headers.Add("Cookie", device.CookieHeader);
            using var response = await http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{instance}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Contains("李四", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task An_SMS_flood_spread_over_both_gateways_is_throttled_at_the_one_per_address_limit()
    {
        // One clock minute is one window at every gateway: start early enough in it that the burst ends within it.
        var now = PlatformEnvironment.Now;
        if (now.Second > 45) await Task.Delay(TimeSpan.FromSeconds(61 - now.Second));

        var address = LoopbackClients.RandomAddress();
        using var first = new PlatformClient(address, TwoInstances.GatewayUrl("gateway"));
        using var second = new PlatformClient(address, TwoInstances.GatewayUrl("gateway2"));
        ApiResponse? throttled = null;
        var served = 0;
        for (var i = 0; i < 45 && throttled is null; i++)
        {
            var response = await (i % 2 == 0 ? first : second).PostAsync("/api/identity/sms-codes", new { phone = "1", purpose = "Register" });
            if (response.Status == HttpStatusCode.TooManyRequests) throttled = response;
            else served++;
        }
        Assert.NotNull(throttled);
        Assert.Equal("GATEWAY_TOO_MANY_REQUESTS", throttled.ProblemCode);
        Assert.True(throttled.Raw.Headers.RetryAfter is not null, "Retry-After header");
        Assert.Equal(30, served);   // Gateway:RateLimits:SmsPerMinute under the AppHost, counted once for both gateways
    }

    [Fact]
    public async Task A_paid_enrollment_is_confirmed_and_receipted_once_though_every_consumer_and_worker_runs_twice()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var receiptEmail = $"twice-{Guid.NewGuid():N}@example.cn";
        candidate.PaymentContactToken = await PaymentContacts.VerifyAsync(candidate, emulator, email: receiptEmail);

        var order = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "Alipay");
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        Assert.Equal(amountFen, order.Json.GetProperty("amountFen").GetInt64());
        var orderId = order.Json.GetProperty("id").GetGuid();
        var paid = await emulator.PayAsync(order.Json.GetProperty("outTradeNo").GetString()!);
        Assert.True(paid.GetProperty("notified").GetBoolean(), paid.ToString());

        // PaymentSucceeded reaches Enrollment (two instances consume its queue): the enrollment is confirmed.
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "Enrollment learns of the payment");
        await Eventually.GetAsync(() => emulator.EmailsToAsync(receiptEmail), m => m.Count > 0, "the payment receipt");
        await Eventually.GetAsync(() => emulator.EmailsToAsync(Enrollments.EmailOf(candidate)), m => m.Count > 0, "the enrollment confirmation");

        // Time for a second instance's copy to arrive, were there one: the relays poll every 2 s, the consumers at once.
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Single(await emulator.EmailsToAsync(receiptEmail));
        Assert.Single(await emulator.EmailsToAsync(Enrollments.EmailOf(candidate)));
        Assert.Single(await PaymentOutbox.PublishedAsync<PaymentSucceeded>(orderId));
        Assert.Equal("Paid", (await candidate.Client.GetAsync($"{PaymentOrders.Path}/{orderId}")).Json.GetProperty("status").GetString());
    }
}
