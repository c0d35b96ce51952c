namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>A merchant known to the emulated gateway: its merId, the PEM public key of its signing certificate and that certificate's certId.</summary>
public sealed class EmulatorUnionPayMerchant
{
    public string MerId { get; set; } = "";

    public string MerchantPublicKey { get; set; } = "";

    /// <summary>Empty: any certId is accepted (the signature still has to verify).</summary>
    public string CertId { get; set; } = "";
}
