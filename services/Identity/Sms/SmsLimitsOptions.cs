namespace AccountingPlatform.Identity.Sms;

/// <summary>Configuration section <c>Identity:Sms</c>: daily caps on codes sent (a day is a Beijing-time calendar day).</summary>
public sealed class SmsLimitsOptions
{
    public int DailyPerPhone { get; set; } = 10;
    public int DailyPerClientAddress { get; set; } = 50;
}
