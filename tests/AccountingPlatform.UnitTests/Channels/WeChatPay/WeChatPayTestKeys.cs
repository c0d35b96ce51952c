using System.Security.Cryptography;

namespace AccountingPlatform.UnitTests.Channels.WeChatPay;

/// <summary>Fresh 2048-bit key pairs in PEM, made once per test run: the merchant's API key and the platform's.</summary>
internal static class WeChatPayTestKeys
{
    public const string MchId = "1900009191";
    public const string AppId = "wxd678efh567hg6787";
    public const string MerchantSerialNo = "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C";
    public const string PlatformSerialNo = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public const string ApiV3Key = "0123456789abcdefghijklmnopqrstuv";

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
