using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>The outbox keeps committed changes' events while RabbitMQ is down and delivers each when RabbitMQ returns.</summary>
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task A_burst_of_registrations_during_a_30_second_broker_outage_each_reach_RealName_once_it_returns()
    {
        using var emulator = new EmulatorClient();
        var clients = Enumerable.Range(0, 5).Select(_ => new PlatformClient()).ToList();
        try
        {
            var phones = new List<string>();
            var codes = new List<string>();
            foreach (var client in clients)
            {
                var phone = TestIdentities.Phone();
                phones.Add(phone);
                codes.Add(await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register"));
            }
            var outage = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                await PlatformHost.Instance.StopResourceAsync("rabbitmq");
                await Task.WhenAll(clients.Select(async (client, i) =>
                {
                    var registered = await client.PostAsync("/api/identity/users", new
                    {
                        certificateType = "ResidentIdCard", certificateNumber = TestIdentities.ResidentIdNumber(), name = "周五", phone = phones[i],
                        password = Candidate.DefaultPassword, confirmPassword = Candidate.DefaultPassword, smsCode = codes[i],
                    });
                    Assert.True(registered.Status == HttpStatusCode.Created, registered.ToString());
                    await Candidate.LogInAsync(client, phones[i], Candidate.DefaultPassword);
                }));
                await Task.Delay(TimeSpan.FromSeconds(3));
                Assert.Equal("REALNAME_ACCOUNT_NOT_READY", (await clients[0].GetAsync("/api/realname/me/status")).ProblemCode);
                var left = TimeSpan.FromSeconds(30) - outage.Elapsed;
                if (left > TimeSpan.Zero) await Task.Delay(left);
            }
            finally
            {
                await PlatformHost.Instance.StartResourceAsync("rabbitmq");
            }

            foreach (var client in clients)
            {
                var status = await Eventually.GetAsync(() => client.GetAsync("/api/realname/me/status"),
                    r => r.Status == HttpStatusCode.OK, "UserRegistered delivered after RabbitMQ returns", TimeSpan.FromSeconds(120));
                Assert.Equal("周*", status.Json.GetProperty("maskedName").GetString());
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
