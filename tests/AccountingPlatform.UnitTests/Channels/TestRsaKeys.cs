using System.Security.Cryptography;

namespace AccountingPlatform.UnitTests.Channels;

/// <summary>Fresh 2048-bit key pairs, made once per test run, in the base64 DER form Alipay's console uses.</summary>
internal static class TestRsaKeys
{
    private static readonly Lazy<(string Private, string Public)> App = new(Generate);
    private static readonly Lazy<(string Private, string Public)> Alipay = new(Generate);

    public static string AppPrivateKey => App.Value.Private;
    public static string AppPublicKey => App.Value.Public;
    public static string AlipayPrivateKey => Alipay.Value.Private;
    public static string AlipayPublicKey => Alipay.Value.Public;

    public static (string Private, string Public) Generate()
    {
        using var rsa = RSA.Create(2048);
        return (Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()), Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()));
    }
}
