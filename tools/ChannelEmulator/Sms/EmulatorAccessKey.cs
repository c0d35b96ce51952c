namespace AccountingPlatform.ChannelEmulator.Sms;

public sealed class EmulatorAccessKey
{
    public string AccessKeyId { get; set; } = "";

    public string AccessKeySecret { get; set; } = "";
}
