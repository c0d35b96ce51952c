using System.Security.Claims;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AccountingPlatform.Identity.Tokens;

/// <summary>
/// Issues the payment-contact token (<see cref="PaymentContactClaims"/>): RS256 with the access tokens' key and issuer,
/// its own audience, naming the candidate, the phone just proved by SMS code and the e-mail address given.
/// </summary>
public sealed class PaymentContactTokenIssuer(SigningKeys keys, IOptions<AccessTokenOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public PaymentContactToken Issue(Guid userId, string phone, string email)
    {
        var now = clock.GetUtcNow();
        var expires = now.Add(PaymentContactClaims.Lifetime);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = PaymentContactClaims.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(PlatformClaims.Subject, userId.ToString()),
                new Claim(PaymentContactClaims.Phone, phone),
                new Claim(PaymentContactClaims.Email, email),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            ]),
            SigningCredentials = keys.Credentials,
        });
        return new PaymentContactToken(token, expires);
    }
}
