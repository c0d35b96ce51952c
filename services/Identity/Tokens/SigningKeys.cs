using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AccountingPlatform.Identity.Tokens;

/// <summary>The RSA key that signs access tokens; its public half is published as JWKS.</summary>
public sealed class SigningKeys
{
    public SigningKeys(IOptions<AccessTokenOptions> options)
    {
        var pkcs8 = options.Value.SigningKey
            ?? throw new InvalidOperationException("Identity:SigningKey (base64 PKCS#8 RSA key) is not configured.");
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(pkcs8), out _);
        var keyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
        SigningKey = new RsaSecurityKey(rsa) { KeyId = keyId };
        PublicKey = new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = keyId };
        Credentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256);
    }

    public RsaSecurityKey SigningKey { get; }
    public RsaSecurityKey PublicKey { get; }
    public SigningCredentials Credentials { get; }
}
