using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace AccountingPlatform.Web.Sessions;

/// <summary>
/// Decrypts what <see cref="KeyEncryptionKeyXmlEncryptor"/> stored. Data Protection creates it by its type name with the
/// service provider, so it takes the key from there. A key encrypted under another secret fails its tag check and is
/// not used.
/// </summary>
public sealed class KeyEncryptionKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<KeyEncryptionKey>();
        var nonce = Convert.FromBase64String((string?)encryptedElement.Element("nonce") ?? "");
        var tag = Convert.FromBase64String((string?)encryptedElement.Element("tag") ?? "");
        var ciphertext = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key.Bytes, KeyEncryptionKeyXmlEncryptor.TagSize))
            aes.Decrypt(nonce, ciphertext, tag, plaintext);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
