using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AccountingPlatform.Channels.UnionPay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// The emulated UnionPay's signing key (answers and notifications), the certificate it sends as
/// <c>signPubKeyCert</c> (self-signed here, not chained to UnionPay's root), and the merchants' keys.
/// </summary>
public sealed class UnionPayPlatform : IDisposable
{
    private readonly RSA _privateKey;
    private readonly Dictionary<string, (RSA Key, string CertId)> _merchants = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public UnionPayPlatform(IOptions<EmulatorUnionPayOptions> options, TimeProvider time, ILogger<UnionPayPlatform> logger)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.PlatformPrivateKey))
        {
            _privateKey = RSA.Create(2048);
            PublicKeyPem = _privateKey.ExportSubjectPublicKeyInfoPem();
            logger.LogWarning("{Section}:PlatformPrivateKey is empty; using a throwaway key. Set Channels:UnionPay:UnionPayPublicKey of the merchant to {PublicKey}",
                EmulatorUnionPayOptions.SectionName, PublicKeyPem);
        }
        else
        {
            _privateKey = UnionPayKeys.ImportPrivateKey(settings.PlatformPrivateKey);
            PublicKeyPem = _privateKey.ExportSubjectPublicKeyInfoPem();
        }
        SignPubKeyCert = MakeCertificatePem(_privateKey, time.GetUtcNow());

        foreach (var merchant in settings.Merchants.Where(m => !string.IsNullOrWhiteSpace(m.MerId)))
            _merchants[merchant.MerId] = (UnionPayKeys.ImportPublicKey(merchant.MerchantPublicKey), merchant.CertId);
        if (_merchants.Count == 0)
            logger.LogWarning("No merchant is configured under {Section}:Merchants; every call will be refused", EmulatorUnionPayOptions.SectionName);
    }

    /// <summary>The platform's public key (PEM), what a merchant configures as the UnionPay public key.</summary>
    public string PublicKeyPem { get; }

    /// <summary>The PEM certificate sent as <c>signPubKeyCert</c> in every answer and notification.</summary>
    public string SignPubKeyCert { get; }

    public bool IsKnownMerchant(string merId) => _merchants.ContainsKey(merId);

    /// <summary>True when the merchant's configured certId (if any) matches and its signature verifies.</summary>
    public bool VerifyFromMerchant(string merId, IReadOnlyDictionary<string, string> fields)
    {
        if (!_merchants.TryGetValue(merId, out var merchant))
            return false;
        if (merchant.CertId.Length > 0 && fields.GetValueOrDefault("certId") != merchant.CertId)
            return false;
        lock (_gate)
            return UnionPaySignature.Verify(fields!, merchant.Key);
    }

    /// <summary>Adds <c>signPubKeyCert</c> and <c>signature</c> to <paramref name="fields"/>.</summary>
    public void Sign(Dictionary<string, string> fields)
    {
        fields["signPubKeyCert"] = SignPubKeyCert;
        lock (_gate)
            fields[UnionPaySignature.FieldName] = UnionPaySignature.Sign(fields!, _privateKey);
    }

    private static string MakeCertificatePem(RSA key, DateTimeOffset now)
    {
        // The subject imitates the shape UnionPay's SDKs check (CN=…@中国银联股份有限公司@…), for looks only.
        var request = new CertificateRequest("CN=041@Z12@00040000:SIGN@00000062, O=Emulated UnionPay", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        return certificate.ExportCertificatePem();
    }

    public void Dispose()
    {
        _privateKey.Dispose();
        foreach (var (key, _) in _merchants.Values)
            key.Dispose();
    }
}
