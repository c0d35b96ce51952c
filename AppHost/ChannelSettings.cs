namespace AccountingPlatform.AppHost;

/// <summary>
/// The channels' development keys, given to both sides: the services' real adapters (Channels__*) and the channel
/// emulator that plays Alipay and the SMS gateway (Emulator__*). Each side gets only its own private key.
/// </summary>
public sealed record ChannelSettings(
    IResourceBuilder<ParameterResource> AlipayAppPrivateKey,
    IResourceBuilder<ParameterResource> AlipayPlatformPrivateKey,
    IResourceBuilder<ParameterResource> SmsAccessKeySecret)
{
    public const string AlipayAppId = "2021000000000001";
    public const string SmsAccessKeyId = "dev-sms-access-key";
}
