using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AccountingPlatform.ServiceDefaults.Security;

/// <summary>
/// Reads a payment-contact token (<see cref="PaymentContactClaims"/>) with the keys and issuer the access tokens are
/// validated with: Identity's JWKS and discovery document, as the JWT bearer scheme already fetched and caches them.
/// </summary>
public sealed class PaymentContactTokenReader(
    IOptionsMonitor<JwtBearerOptions> bearerOptions, TimeProvider clock, ILogger<PaymentContactTokenReader> logger)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>
    /// The contact the token names, or null when the token is missing, malformed, not signed by Identity, expired,
    /// meant for another audience, issued to another user than <paramref name="userId"/>, or its phone or e-mail break
    /// the platform's rules. Throws only when Identity's signing keys cannot be had at all (Identity unreachable and
    /// nothing cached).
    /// </summary>
    public async Task<PaymentContact?> ReadAsync(string? token, Guid userId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        var options = bearerOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        var configurationManager = options.ConfigurationManager
            ?? throw new InvalidOperationException("The JWT bearer scheme has no configuration manager (no Authority configured).");

        var result = await ValidateAsync(token, options, await configurationManager.GetConfigurationAsync(ct));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Identity may have a new key since the keys were cached: fetch them again once, as the bearer handler does.
            configurationManager.RequestRefresh();
            result = await ValidateAsync(token, options, await configurationManager.GetConfigurationAsync(ct));
        }
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            logger.LogInformation("Refused a payment-contact token: {Reason}", result.Exception?.GetType().Name ?? "unreadable");
            return null;
        }
        if (!Guid.TryParse(jwt.Subject, out var subject) || subject != userId)
        {
            logger.LogWarning("Refused a payment-contact token issued to another user than {UserId}", userId);
            return null;
        }
        if (!jwt.TryGetPayloadValue<string>(PaymentContactClaims.Phone, out var phone) || !PhoneNumber.IsValid(phone)
            || !jwt.TryGetPayloadValue<string>(PaymentContactClaims.Email, out var email) || !EmailAddress.IsValid(email))
        {
            logger.LogWarning("Refused a payment-contact token without a valid phone and e-mail address");
            return null;
        }
        return new PaymentContact(phone, email);
    }

    private Task<TokenValidationResult> ValidateAsync(string token, JwtBearerOptions options, OpenIdConnectConfiguration configuration)
    {
        var parameters = options.TokenValidationParameters.Clone();
        parameters.ValidAudience = PaymentContactClaims.Audience;
        parameters.ValidAudiences = null;
        parameters.ValidIssuer = configuration.Issuer;
        parameters.ValidIssuers = null;
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        parameters.ValidateAudience = true;
        parameters.ValidateIssuer = true;
        parameters.ValidateLifetime = true;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        // Lifetime checked against the platform's clock, with the bearer scheme's clock skew.
        parameters.LifetimeValidator = (notBefore, expires, _, p) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } until && now < until + p.ClockSkew && (notBefore is not { } from || now >= from - p.ClockSkew);
        };
        return _handler.ValidateTokenAsync(token, parameters);
    }
}
