namespace AccountingPlatform.Channels.Alipay;

/// <summary>The merchant app's Alipay open-platform settings, section <c>Channels:Alipay</c>.</summary>
public sealed class AlipayOptions
{
    public const string SectionName = "Channels:Alipay";

    /// <summary><c>https://openapi.alipay.com/gateway.do</c>, or the emulator's <c>http://127.0.0.1:5190/alipay/gateway.do</c>.</summary>
    public string GatewayUrl { get; set; } = "";

    public string AppId { get; set; } = "";

    /// <summary>The app's private key: base64 of PKCS#8 DER on one line, as the Alipay console gives it.</summary>
    public string AppPrivateKey { get; set; } = "";

    /// <summary>Alipay's public key: base64 of SubjectPublicKeyInfo DER.</summary>
    public string AlipayPublicKey { get; set; } = "";

    /// <summary>Where Alipay posts asynchronous notifications when a call does not name its own.</summary>
    public string? NotifyUrl { get; set; }
}
