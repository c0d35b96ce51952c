using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace AccountingPlatform.ServiceDefaults;

/// <summary>
/// The one rule for the client address a process acts on (per-address limits, the address a commitment records, logs):
/// the address of the connection, unless that connection comes from a proxy this process is configured to trust; only
/// then does <c>X-Forwarded-For</c> name the client, read from the right and only as far as trusted proxies reach.
/// The trusted proxies are <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c>
/// (CIDR networks, e.g. <c>10.0.0.0/8</c>), the same names in every process:
/// <list type="bullet">
/// <item>the gateway: the load balancers in front of it; none unless configured, so what a client sends is ignored, and
/// the gateway then sets (never appends) <c>X-Forwarded-For</c> towards the services to the address it determined;</item>
/// <item>a service: the gateway; loopback unless configured (the AppHost runs both on one host; in Kubernetes list the
/// gateway pods' network).</item>
/// </list>
/// </summary>
public static class ForwardedClientAddress
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworksKey = "ForwardedHeaders:KnownNetworks";

    /// <param name="trustLoopbackUnlessConfigured">True for a service (the gateway beside it on loopback); false for the gateway.</param>
    /// <returns>Null when no proxy is trusted: then no header is read at all (ASP.NET Core reads empty lists as "trust any proxy").</returns>
    public static ForwardedHeadersOptions? Options(IConfiguration configuration, bool trustLoopbackUnlessConfigured)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = null,   // as many hops as are trusted proxies, and no further
        };
        var proxies = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        var networks = configuration.GetSection(KnownNetworksKey).Get<string[]>() ?? [];
        if (proxies.Length + networks.Length == 0) return trustLoopbackUnlessConfigured ? options : null;  // ASP.NET Core's default: loopback

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return options;
    }

    /// <summary>The client address by this rule, as text (what limits are keyed on and records keep).</summary>
    public static string ClientAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static WebApplication UseForwardedClientAddress(this WebApplication app, bool trustLoopbackUnlessConfigured)
    {
        if (Options(app.Configuration, trustLoopbackUnlessConfigured) is { } options) app.UseForwardedHeaders(options);
        return app;
    }
}
