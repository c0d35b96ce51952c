namespace AccountingPlatform.Identity.Tokens;

/// <summary>Configuration section <c>Identity</c>.</summary>
public sealed class AccessTokenOptions
{
    public string Issuer { get; set; } = "urn:accounting-platform:identity";
    /// <summary>The RSA signing key: base64 of PKCS#8 DER (from a secret store; <c>deploy/local/keys.sh</c> makes a development one).</summary>
    public string? SigningKey { get; set; }
    public int AccessTokenMinutes { get; set; } = 30;
}
