namespace AccountingPlatform.Identity.Tokens;

/// <summary>Configuration section <c>Identity</c>.</summary>
public sealed class AccessTokenOptions
{
    public string Issuer { get; set; } = "urn:accounting-platform:identity";
    /// <summary>The RSA signing key: base64 of PKCS#8 DER (from a secret store; the AppHost generates a development one).</summary>
    public string? SigningKey { get; set; }
    /// <summary>Short: a stolen access token is useful only this long, and it is what refresh tokens are for.</summary>
    public int AccessTokenMinutes { get; set; } = 15;
    /// <summary>How long a session lasts without use; each refresh starts the period again.</summary>
    public int RefreshTokenHours { get; set; } = 24;
}
