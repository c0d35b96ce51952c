namespace AccountingPlatform.Identity.Sms;

/// <summary>Sent, or refused: the phone's resend interval has not passed, or a daily cap is reached.</summary>
public sealed record SmsSendOutcome(SmsRefusal? Refusal, TimeSpan RetryAfter)
{
    public static readonly SmsSendOutcome Sent = new(null, TimeSpan.Zero);
}
