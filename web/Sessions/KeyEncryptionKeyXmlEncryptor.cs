using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace AccountingPlatform.Web.Sessions;

/// <summary>Encrypts a Data Protection key's XML with AES-256-GCM under the <see cref="KeyEncryptionKey"/> before it is stored.</summary>
public sealed class KeyEncryptionKeyXmlEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagSize];
        using (var aes = new AesGcm(key.Bytes, TagSize))
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        var encrypted = new XElement("encryptedKey",
            new XComment(" AES-256-GCM under DataProtection:KeyEncryptionKey "),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(encrypted, typeof(KeyEncryptionKeyXmlDecryptor));
    }
}
