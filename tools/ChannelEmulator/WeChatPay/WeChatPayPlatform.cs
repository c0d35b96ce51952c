using System.Security.Cryptography;
using AccountingPlatform.Channels.WeChatPay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>The emulated WeChat Pay's platform key (it signs answers and callbacks) and the merchants' API keys.</summary>
public sealed class WeChatPayPlatform : IDisposable
{
    private readonly RSA _privateKey;
    private readonly Dictionary<string, (EmulatorWeChatPayMerchant Merchant, RSA Key)> _merchants = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public WeChatPayPlatform(IOptions<EmulatorWeChatPayOptions> options, ILogger<WeChatPayPlatform> logger)
    {
        var settings = options.Value;
        SerialNo = settings.PlatformSerialNo;
        if (string.IsNullOrWhiteSpace(settings.PlatformPrivateKey))
        {
            _privateKey = RSA.Create(2048);
            logger.LogWarning(
                "{Section}:PlatformPrivateKey is empty; using a throwaway key. Read Channels:WeChatPay:PlatformPublicKey at GET /emulator/wechatpay/platform",
                EmulatorWeChatPayOptions.SectionName);
        }
        else
        {
            _privateKey = WeChatPayKeys.ImportPrivateKey(settings.PlatformPrivateKey);
        }
        PublicKeyPem = WeChatPayKeys.ExportPublicKeyPem(_privateKey);

        foreach (var merchant in settings.Merchants.Where(m => !string.IsNullOrWhiteSpace(m.MchId)))
            _merchants[merchant.MchId] = (merchant, WeChatPayKeys.ImportPublicKey(merchant.MerchantPublicKey));
        if (_merchants.Count == 0)
            logger.LogWarning("No merchant is configured under {Section}:Merchants; every call will be refused", EmulatorWeChatPayOptions.SectionName);
    }

    /// <summary>The platform certificate serial, sent in <c>Wechatpay-Serial</c>.</summary>
    public string SerialNo { get; }

    /// <summary>The platform public key (PEM), what a merchant configures as <c>Channels:WeChatPay:PlatformPublicKey</c>.</summary>
    public string PublicKeyPem { get; }

    public EmulatorWeChatPayMerchant? FindMerchant(string mchId) => _merchants.GetValueOrDefault(mchId).Merchant;

    public bool VerifyFromMerchant(string mchId, string message, string signature)
    {
        if (!_merchants.TryGetValue(mchId, out var entry))
            return false;
        lock (_gate)
            return WeChatPaySignature.Verify(message, signature, entry.Key);
    }

    public string Sign(string message)
    {
        lock (_gate)
            return WeChatPaySignature.Sign(message, _privateKey);
    }

    public void Dispose()
    {
        _privateKey.Dispose();
        foreach (var (_, key) in _merchants.Values)
            key.Dispose();
    }
}
