using System.Security.Cryptography;
using System.Xml.Linq;
using AccountingPlatform.Web.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AccountingPlatform.UnitTests.Web;

/// <summary>The portal's Data Protection keys are stored in Redis encrypted: unreadable there, usable only under the same secret.</summary>
public sealed class DataProtectionKeyEncryptionTests
{
    private static readonly XElement Key = XElement.Parse("<key id=\"1\"><masterKey>c2VjcmV0LW1hc3Rlci1rZXk=</masterKey></key>");

    [Fact]
    public void A_key_is_stored_unreadable_and_read_back_under_the_same_secret()
    {
        var kek = KeyFrom("a-secret-of-at-least-thirty-two-characters");
        var stored = new KeyEncryptionKeyXmlEncryptor(kek).Encrypt(Key);

        Assert.DoesNotContain("c2VjcmV0LW1hc3Rlci1rZXk=", stored.EncryptedElement.ToString());
        Assert.Equal(typeof(KeyEncryptionKeyXmlDecryptor), stored.DecryptorType);
        var read = new KeyEncryptionKeyXmlDecryptor(Services(kek)).Decrypt(stored.EncryptedElement);
        Assert.Equal(Key.ToString(), read.ToString());
    }

    [Fact]
    public void A_key_stored_under_another_secret_cannot_be_read()
    {
        var stored = new KeyEncryptionKeyXmlEncryptor(KeyFrom("a-secret-of-at-least-thirty-two-characters")).Encrypt(Key);
        var other = new KeyEncryptionKeyXmlDecryptor(Services(KeyFrom("another-secret-of-at-least-thirty-two-chars")));
        Assert.ThrowsAny<CryptographicException>(() => other.Decrypt(stored.EncryptedElement));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("too-short")]
    public void The_portal_does_not_start_without_a_strong_secret(string? secret) =>
        Assert.Throws<InvalidOperationException>(() => KeyFrom(secret));

    private static KeyEncryptionKey KeyFrom(string? secret) => KeyEncryptionKey.From(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [KeyEncryptionKey.ConfigurationName] = secret }).Build());

    private static ServiceProvider Services(KeyEncryptionKey key) => new ServiceCollection().AddSingleton(key).BuildServiceProvider();
}
