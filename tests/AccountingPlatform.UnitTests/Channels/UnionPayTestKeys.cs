using System.Security.Cryptography;

namespace AccountingPlatform.UnitTests.Channels;

/// <summary>Fresh 2048-bit key pairs in PEM, made once per test run: the merchant's and the emulated UnionPay's.</summary>
internal static class UnionPayTestKeys
{
    private static readonly Lazy<(string Private, string Public)> Merchant = new(Generate);
    private static readonly Lazy<(string Private, string Public)> Platform = new(Generate);

    public static string MerchantPrivateKey => Merchant.Value.Private;
    public static string MerchantPublicKey => Merchant.Value.Public;
    public static string PlatformPrivateKey => Platform.Value.Private;
    public static string PlatformPublicKey => Platform.Value.Public;

    public static (string Private, string Public) Generate()
    {
        using var rsa = RSA.Create(2048);
        return (rsa.ExportPkcs8PrivateKeyPem(), rsa.ExportSubjectPublicKeyInfoPem());
    }
}
