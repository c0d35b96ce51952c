using AccountingPlatform.Identity.Tokens;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Identity;

/// <summary>The OpenID discovery document and JWKS from which every service learns the token-signing keys (Tokens/).</summary>
public static class DiscoveryApi
{
    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder app)
    {
        var wellKnown = app.MapGroup("/.well-known").AllowAnonymous().ExcludeFromDescription();
        wellKnown.MapGet("/openid-configuration", (HttpRequest request, IOptions<AccessTokenOptions> options) =>
            OpenIdDiscovery.Configuration(request, options)).WithSummary("OpenID 发现文档");
        wellKnown.MapGet("/jwks.json", (SigningKeys keys) => OpenIdDiscovery.Keys(keys)).WithSummary("令牌签名公钥（JWKS）");
        return app;
    }
}
