namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>The merchant's WeChat Pay API v3 settings, section <c>Channels:WeChatPay</c>.</summary>
public sealed class WeChatPayOptions
{
    public const string SectionName = "Channels:WeChatPay";

    /// <summary><c>https://api.mch.weixin.qq.com</c>, or the emulator's <c>http://127.0.0.1:5190</c>.</summary>
    public string BaseUrl { get; set; } = "https://api.mch.weixin.qq.com";

    /// <summary>直连商户号 (<c>mchid</c>).</summary>
    public string MchId { get; set; } = "";

    /// <summary>The official-account / app id bound to the merchant (<c>appid</c>).</summary>
    public string AppId { get; set; } = "";

    /// <summary>Serial number of the merchant API certificate, sent as <c>serial_no</c> in Authorization.</summary>
    public string MerchantSerialNo { get; set; } = "";

    /// <summary>The merchant API private key (<c>apiclient_key.pem</c>): PEM, PKCS#8 (PKCS#1 accepted).</summary>
    public string MerchantPrivateKey { get; set; } = "";

    /// <summary>Serial number of the WeChat Pay platform certificate; answers and callbacks must carry it in <c>Wechatpay-Serial</c>.</summary>
    public string PlatformSerialNo { get; set; } = "";

    /// <summary>The platform certificate's public key: PEM <c>PUBLIC KEY</c> (or the <c>CERTIFICATE</c> itself).</summary>
    public string PlatformPublicKey { get; set; } = "";

    /// <summary>The APIv3 key set in the merchant console: 32 ASCII characters, the AES-256-GCM key of callbacks.</summary>
    public string ApiV3Key { get; set; } = "";

    /// <summary>Where WeChat Pay posts payment callbacks (no query string allowed).</summary>
    public string NotifyUrl { get; set; } = "";
}
