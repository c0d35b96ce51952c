using System.Security.Cryptography;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>Loads the configured keys, naming the setting when one is missing or unreadable.</summary>
internal static class WeChatPayKeyLoader
{
    public static RSA MerchantPrivateKey(WeChatPayOptions options) =>
        Load(WeChatPayKeys.ImportPrivateKey, options.MerchantPrivateKey, nameof(WeChatPayOptions.MerchantPrivateKey));

    public static RSA PlatformPublicKey(WeChatPayOptions options)
    {
        Require(options.PlatformSerialNo, nameof(WeChatPayOptions.PlatformSerialNo));
        return Load(WeChatPayKeys.ImportPublicKey, options.PlatformPublicKey, nameof(WeChatPayOptions.PlatformPublicKey));
    }

    public static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"{WeChatPayOptions.SectionName}:{name} is not configured.");
    }

    private static RSA Load(Func<string, RSA> import, string value, string name)
    {
        Require(value, name);
        try
        {
            return import(value);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{WeChatPayOptions.SectionName}:{name} is not a valid PEM RSA key.", ex);
        }
    }
}
