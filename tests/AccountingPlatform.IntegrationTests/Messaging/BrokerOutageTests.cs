using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>The outbox keeps a committed change's event while RabbitMQ is down and delivers it when RabbitMQ returns.</summary>
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task A_registration_committed_while_RabbitMQ_is_stopped_reaches_RealName_after_it_returns()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var code = await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register");

        try
        {
            await PlatformHost.Instance.StopResourceAsync("rabbitmq");
            var registered = await client.PostAsync("/api/identity/users", new
            {
                certificateType = "ResidentIdCard", certificateNumber = TestIdentities.ResidentIdNumber(), name = "李四", phone,
                password = Candidate.DefaultPassword, confirmPassword = Candidate.DefaultPassword, smsCode = code,
            });
            Assert.True(registered.Status == HttpStatusCode.Created, registered.ToString());
            await Candidate.LogInAsync(client, phone, Candidate.DefaultPassword);

            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal("REALNAME_ACCOUNT_NOT_READY", (await client.GetAsync("/api/realname/me/status")).ProblemCode);
        }
        finally
        {
            // Even when stopping failed half-way: the other tests share this broker.
            await PlatformHost.Instance.StartResourceAsync("rabbitmq");
        }

        var status = await Eventually.GetAsync(() => client.GetAsync("/api/realname/me/status"),
            r => r.Status == HttpStatusCode.OK, "UserRegistered delivered after RabbitMQ returns", TimeSpan.FromSeconds(120));
        Assert.Equal("李*", status.Json.GetProperty("maskedName").GetString());
    }
}
