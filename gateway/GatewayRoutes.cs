using Yarp.ReverseProxy.Configuration;

namespace AccountingPlatform.Gateway;

/// <summary>
/// <c>/api/{service}/…</c> goes unchanged to that service, at the address the platform configures as
/// <c>services__{service}__http__0</c> (the same convention under Aspire, the local run and Kubernetes).
/// Login, password-recovery, captcha and SMS routes carry per-client-address rate limits. Every route sets (never
/// appends to) the <c>X-Forwarded-*</c> headers the services read: <c>X-Forwarded-For</c> is the client address the
/// gateway determined (<c>ServiceDefaults/ForwardedClientAddress</c>), whatever the client sent, and a client's
/// <c>Forwarded</c> header is removed.
/// </summary>
public static class GatewayRoutes
{
    public static readonly string[] Services = ["identity", "realname", "personnel", "review", "enrollment", "payment"];

    public static IReadOnlyList<RouteConfig> Routes { get; } =
    [
        .. Services.Select(s => Route(s, $"/api/{s}/{{**rest}}")),
        Route("identity", "/api/identity/tokens/{**rest}", RateLimitPolicies.Login, "identity-login"),
        Route("identity", "/api/identity/sms-codes/{**rest}", RateLimitPolicies.Sms, "identity-sms"),
        Route("identity", "/api/identity/password-resets/{**rest}", RateLimitPolicies.Login, "identity-password-resets"),
        Route("identity", "/api/identity/captchas/{**rest}", RateLimitPolicies.Captcha, "identity-captchas"),
        // Everything that is not an API is the candidate portal's (web/): its pages, scripts and styles.
        // The portal sees the Host the browser used, so the addresses it redirects to are the gateway's, not its own.
        Route(Portal, "/{**rest}", routeId: "portal") with
        {
            Order = 1000,
            Transforms = [new Dictionary<string, string> { ["X-Forwarded"] = "Set" }, new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
        },
    ];

    /// <summary>The candidate portal (<c>services:web:http:0</c>).</summary>
    public const string Portal = "web";

    public static IReadOnlyList<ClusterConfig> Clusters(IConfiguration configuration) =>
        Services.Append(Portal).Select(s => new ClusterConfig
        {
            ClusterId = s,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [s] = new()
                {
                    Address = configuration[$"services:{s}:http:0"]
                        ?? throw new InvalidOperationException($"services:{s}:http:0 (the {s} service address) is not configured."),
                },
            },
        }).ToList();

    private static RouteConfig Route(string cluster, string path, string? rateLimitPolicy = null, string? routeId = null) => new()
    {
        RouteId = routeId ?? cluster,
        ClusterId = cluster,
        Match = new RouteMatch { Path = path },
        RateLimiterPolicy = rateLimitPolicy, // each service authorizes its own endpoints
        Transforms = [new Dictionary<string, string> { ["X-Forwarded"] = "Set" }],
    };
}
