namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>Section <c>Emulator:Sms</c>: the AccessKey pairs the emulated Aliyun accepts.</summary>
public sealed class EmulatorSmsOptions
{
    public const string SectionName = "Emulator:Sms";

    public List<EmulatorAccessKey> AccessKeys { get; set; } = [];
}
