namespace AccountingPlatform.Identity.Sms;

public sealed record SmsCodeSent(int ExpiresInSeconds, int ResendAfterSeconds);
