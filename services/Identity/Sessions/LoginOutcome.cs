namespace AccountingPlatform.Identity.Sessions;

/// <summary>A login decision: the verdict, and until when the account is locked from this address when it is.</summary>
public sealed record LoginOutcome(LoginVerdict Verdict, DateTimeOffset? LockedUntil = null);
