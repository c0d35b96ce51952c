using AccountingPlatform.Identity.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AccountingPlatform.Identity;

/// <summary>The OpenID discovery document and JWKS from which every service learns the token-signing keys.</summary>
public static class DiscoveryApi
{
    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", (HttpRequest request, IOptions<AccessTokenOptions> options) => TypedResults.Ok(new
        {
            issuer = options.Value.Issuer,
            jwks_uri = $"{request.Scheme}://{request.Host}/.well-known/jwks.json",
            id_token_signing_alg_values_supported = new[] { SecurityAlgorithms.RsaSha256 },
        })).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/.well-known/jwks.json", (SigningKeys keys) =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(keys.PublicKey);
            return TypedResults.Ok(new
            {
                keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = SecurityAlgorithms.RsaSha256, n = jwk.N, e = jwk.E } },
            });
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
