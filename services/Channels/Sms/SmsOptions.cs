namespace AccountingPlatform.Channels.Sms;

/// <summary>Aliyun SMS (dysmsapi) settings, section <c>Channels:Sms</c>.</summary>
public sealed class SmsOptions
{
    public const string SectionName = "Channels:Sms";

    /// <summary><c>https://dysmsapi.aliyuncs.com/</c>, or the emulator's <c>http://127.0.0.1:5190/sms/</c>.</summary>
    public string Endpoint { get; set; } = "";

    public string AccessKeyId { get; set; } = "";

    public string AccessKeySecret { get; set; } = "";

    /// <summary>The approved signature shown as 【…】 in the message.</summary>
    public string SignName { get; set; } = "";

    /// <summary>The approved template, e.g. <c>SMS_123456789</c>.</summary>
    public string TemplateCode { get; set; } = "";
}
