using System.Net;
using System.Net.NetworkInformation;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// <c>/health</c> tells anyone who reaches it which dependency is down and nothing more; the reasons (exception
/// messages that can name hosts and users) are at <c>/health/detail</c>, answered on loopback only (the connection's
/// address, not what a client claims), where an operator is.
/// </summary>
public sealed class HealthEndpointTests
{
    [SkippableFact]
    public async Task Health_says_only_statuses_and_the_detail_with_reasons_is_for_loopback()
    {
        using var client = new PlatformClient();
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("Healthy", health.Json.GetProperty("status").GetString());
        foreach (var check in health.Json.GetProperty("checks").EnumerateObject())
        {
            Assert.False(check.Value.TryGetProperty("description", out _), $"/health describes {check.Name}: {health.Text}");
            Assert.False(check.Value.TryGetProperty("exception", out _), health.Text);
        }

        // The test runs on the platform's host: from loopback it reaches the detail as an operator would.
        var detail = await client.GetAsync("/health/detail");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.All(detail.Json.GetProperty("checks").EnumerateObject(), c => Assert.True(c.Value.TryGetProperty("description", out _), c.ToString()));

        // Claiming loopback in X-Forwarded-For from elsewhere (this host's own network address) does not.
        var elsewhere = NetworkAddress();
        Skip.If(elsewhere is null, "this host has no network address besides loopback");
        using var remote = new PlatformClient(elsewhere);
        Assert.Equal(HttpStatusCode.NotFound,
            (await remote.SendAsync(HttpMethod.Get, "/health/detail", null, r => r.Headers.Add("X-Forwarded-For", "127.0.0.1"))).Status);
    }

    private static IPAddress? NetworkAddress() => NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
        .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
