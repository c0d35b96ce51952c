using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Web.Sessions;

/// <summary>
/// The secret (<c>DataProtection:KeyEncryptionKey</c>, any text of at least 32 characters; the AppHost generates one,
/// Kubernetes gives it from a Secret) under which every portal instance encrypts the Data Protection keys it keeps in
/// Redis: whoever reads Redis cannot forge the portal's cookies or read its session tokens.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const string ConfigurationName = "DataProtection:KeyEncryptionKey";

    private KeyEncryptionKey(byte[] bytes) => Bytes = bytes;

    /// <summary>The 256-bit AES key: the SHA-256 of the configured secret.</summary>
    public byte[] Bytes { get; }

    public static KeyEncryptionKey From(IConfiguration configuration)
    {
        var secret = configuration[ConfigurationName];
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < 32)
            throw new InvalidOperationException($"{ConfigurationName} (environment DataProtection__KeyEncryptionKey) must be set to a secret of at least 32 characters.");
        return new KeyEncryptionKey(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }
}
