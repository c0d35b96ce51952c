namespace AccountingPlatform.AppHost;

/// <summary>
/// The channels' development keys, given to both sides: the services' real adapters (Channels__*) and the channel
/// emulator that plays Alipay, WeChat Pay, UnionPay and the SMS gateway (Emulator__*). Each side gets only its own
/// private key. The merchant numbers are development stand-ins, not accounts anyone holds.
/// </summary>
public sealed record ChannelSettings(
    IResourceBuilder<ParameterResource> AlipayAppPrivateKey,
    IResourceBuilder<ParameterResource> AlipayPlatformPrivateKey,
    IResourceBuilder<ParameterResource> SmsAccessKeySecret,
    IResourceBuilder<ParameterResource> WeChatPayMerchantPrivateKey,
    IResourceBuilder<ParameterResource> WeChatPayPlatformPrivateKey,
    IResourceBuilder<ParameterResource> WeChatPayApiV3Key,
    IResourceBuilder<ParameterResource> UnionPayMerchantPrivateKey,
    IResourceBuilder<ParameterResource> UnionPayPlatformPrivateKey)
{
    public const string AlipayAppId = "2021000000000001";
    public const string SmsAccessKeyId = "dev-sms-access-key";
    public const string WeChatPayMchId = "1900000001";
    public const string WeChatPayAppId = "wx0000000000000001";
    public const string WeChatPayMerchantSerialNo = "3775B6A45ACD588826D15E583A95F5DD00000001";
    public const string WeChatPayPlatformSerialNo = "5157F09EFDC096DE15EBE81A47057A7200000001";
    public const string UnionPayMerId = "777290058110048";
    public const string UnionPayCertId = "69629715588";
}
