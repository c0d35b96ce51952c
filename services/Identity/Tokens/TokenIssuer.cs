using System.Security.Claims;
using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AccountingPlatform.Identity.Tokens;

/// <summary>Issues short-lived RS256 access tokens that every other service validates against the JWKS.</summary>
public sealed class TokenIssuer(SigningKeys keys, IOptions<AccessTokenOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>An access token of the user's session <paramref name="sessionId"/> (claim <c>sid</c>), refused everywhere once that session ends.</summary>
    public AccessToken Issue(UserAccount user, Guid sessionId)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.Value.AccessTokenMinutes);
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, user.Id.ToString()),
            new(PlatformClaims.Role, user.Role),
            new(PlatformClaims.SecurityStamp, user.SecurityStamp),
            new(PlatformClaims.Session, sessionId.ToString()),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
        };
        if (user.DivisionCode is not null) claims.Add(new Claim(PlatformClaims.Division, user.DivisionCode));
        if (user.Role != PlatformClaims.Roles.Candidate) claims.Add(new Claim(PlatformClaims.StaffName, user.Name));

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = PlatformClaims.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = keys.Credentials,
        });
        return new AccessToken(token, expires);
    }
}
