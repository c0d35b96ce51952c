namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>A merchant registered with the emulated WeChat Pay: its number, bound appid, API certificate (serial, PEM public key) and APIv3 key.</summary>
public sealed class EmulatorWeChatPayMerchant
{
    public string MchId { get; set; } = "";

    public string AppId { get; set; } = "";

    public string MerchantSerialNo { get; set; } = "";

    public string MerchantPublicKey { get; set; } = "";

    /// <summary>32 characters; the key callbacks' resources are encrypted with.</summary>
    public string ApiV3Key { get; set; } = "";
}
