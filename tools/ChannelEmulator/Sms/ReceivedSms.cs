namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>A message the emulated Aliyun accepted for one phone.</summary>
public sealed record ReceivedSms(
    string Phone,
    string SignName,
    string TemplateCode,
    IReadOnlyDictionary<string, string> TemplateParam,
    string? OutId,
    string BizId,
    DateTimeOffset ReceivedAt);
