using System.Net;
using AccountingPlatform.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

/// <summary>Who may tell a process the client address: nobody at the gateway unless configured, the gateway (loopback) at a service.</summary>
public sealed class ForwardedClientAddressTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void The_gateway_with_no_proxy_configured_reads_no_forwarded_header_at_all()
    {
        // Empty lists would mean "any proxy" to ASP.NET Core: there must be no options, so no middleware.
        Assert.Null(ForwardedClientAddress.Options(Configuration(), trustLoopbackUnlessConfigured: false));
    }

    [Fact]
    public void A_service_with_nothing_configured_trusts_loopback_only()
    {
        var options = ForwardedClientAddress.Options(Configuration(), trustLoopbackUnlessConfigured: true)!;
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("127.0.0.1")));
        Assert.DoesNotContain(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("10.1.2.3")));
        Assert.DoesNotContain(IPAddress.Parse("10.1.2.3"), options.KnownProxies);
    }

    [Fact]
    public void Configured_proxies_and_networks_replace_the_defaults_and_are_followed_hop_by_hop()
    {
        var options = ForwardedClientAddress.Options(Configuration(
            ("ForwardedHeaders:KnownProxies:0", "192.0.2.10"), ("ForwardedHeaders:KnownNetworks:0", "10.244.0.0/16")), trustLoopbackUnlessConfigured: true)!;
        Assert.Equal([IPAddress.Parse("192.0.2.10")], options.KnownProxies);
        Assert.Single(options.KnownIPNetworks);
        Assert.True(options.KnownIPNetworks[0].Contains(IPAddress.Parse("10.244.3.4")));
        Assert.DoesNotContain(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("127.0.0.1")));
        Assert.Null(options.ForwardLimit);
    }
}
