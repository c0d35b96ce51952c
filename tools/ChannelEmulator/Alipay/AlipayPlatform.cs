using System.Security.Cryptography;
using AccountingPlatform.Channels.Alipay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>The emulated Alipay's own key (it signs answers and notifications) and the merchant apps' public keys.</summary>
public sealed class AlipayPlatform : IDisposable
{
    private readonly RSA _privateKey;
    private readonly Dictionary<string, RSA> _appKeys = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public AlipayPlatform(IOptions<EmulatorAlipayOptions> options, ILogger<AlipayPlatform> logger)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AlipayPrivateKey))
        {
            _privateKey = RSA.Create(2048);
            PublicKey = Convert.ToBase64String(_privateKey.ExportSubjectPublicKeyInfo());
            logger.LogWarning(
                "{Section}:AlipayPrivateKey is empty; using a throwaway key. Set Channels:Alipay:AlipayPublicKey of the merchant to {AlipayPublicKey}",
                EmulatorAlipayOptions.SectionName, PublicKey);
        }
        else
        {
            _privateKey = AlipayKeys.ImportPrivateKey(settings.AlipayPrivateKey);
            PublicKey = Convert.ToBase64String(_privateKey.ExportSubjectPublicKeyInfo());
        }

        foreach (var app in settings.Apps.Where(a => !string.IsNullOrWhiteSpace(a.AppId)))
            _appKeys[app.AppId] = AlipayKeys.ImportPublicKey(app.AppPublicKey);
        if (_appKeys.Count == 0)
            logger.LogWarning("No merchant app is configured under {Section}:Apps; every call will be rejected as isv.invalid-app-id",
                EmulatorAlipayOptions.SectionName);
    }

    /// <summary>The platform's public key (base64 SPKI), what a merchant configures as the Alipay public key.</summary>
    public string PublicKey { get; }

    public bool IsKnownApp(string appId) => _appKeys.ContainsKey(appId);

    public bool VerifyFromApp(string appId, string content, string signature)
    {
        if (!_appKeys.TryGetValue(appId, out var key))
            return false;
        lock (_gate)
            return AlipaySignature.Verify(content, signature, key);
    }

    public string Sign(string content)
    {
        lock (_gate)
            return AlipaySignature.Sign(content, _privateKey);
    }

    public void Dispose()
    {
        _privateKey.Dispose();
        foreach (var key in _appKeys.Values)
            key.Dispose();
    }
}
