using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// <c>/health</c> tells anyone who reaches it which dependency is down and nothing more; the reasons (exception
/// messages that can name hosts and users) are at <c>/health/detail</c>, answered on loopback only, where an operator is.
/// </summary>
public sealed class HealthEndpointTests
{
    [Fact]
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

        // A client elsewhere (the test client's forwarded address, as the load balancer in front would give it) does not.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/health/detail")).Status);

        // The test runs on the platform's host: straight from loopback it reaches the detail as an operator would.
        using var operatorClient = new HttpClient { BaseAddress = PlatformEnvironment.GatewayUrl };
        using var detail = await operatorClient.GetAsync("/health/detail");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await detail.Content.ReadAsStringAsync());
        Assert.All(json.RootElement.GetProperty("checks").EnumerateObject(), c => Assert.True(c.Value.TryGetProperty("description", out _), c.ToString()));
    }
}
