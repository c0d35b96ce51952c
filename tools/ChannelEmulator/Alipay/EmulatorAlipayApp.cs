namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>A merchant app registered with the emulated Alipay: its id and its public key (base64 SPKI).</summary>
public sealed class EmulatorAlipayApp
{
    public string AppId { get; set; } = "";

    public string AppPublicKey { get; set; } = "";
}
