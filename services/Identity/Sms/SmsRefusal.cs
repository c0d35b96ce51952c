namespace AccountingPlatform.Identity.Sms;

public enum SmsRefusal
{
    /// <summary>Less than a minute since the last code to this phone.</summary>
    TooSoon,
    PhoneDailyLimit,
    ClientAddressDailyLimit,
}
