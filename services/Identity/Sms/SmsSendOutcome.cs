namespace AccountingPlatform.Identity.Sms;

/// <summary>Sent, or refused because the phone's resend interval has not passed.</summary>
public sealed record SmsSendOutcome(bool Sent, TimeSpan RetryAfter);
