using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AccountingPlatform.Identity.Tokens;

/// <summary>What every service reads to validate access tokens: the issuer and where its signing keys are, and the keys.</summary>
public static class OpenIdDiscovery
{
    public static IResult Configuration(HttpRequest request, IOptions<AccessTokenOptions> options) => TypedResults.Ok(new
    {
        issuer = options.Value.Issuer,
        jwks_uri = $"{request.Scheme}://{request.Host}/.well-known/jwks.json",
        id_token_signing_alg_values_supported = new[] { SecurityAlgorithms.RsaSha256 },
    });

    public static IResult Keys(SigningKeys keys)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(keys.PublicKey);
        return TypedResults.Ok(new
        {
            keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = SecurityAlgorithms.RsaSha256, n = jwk.N, e = jwk.E } },
        });
    }
}
