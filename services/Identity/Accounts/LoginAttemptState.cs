namespace AccountingPlatform.Identity.Accounts;

/// <summary>An account's login failures as one client address meets them: locked from there until when, and its failures from anywhere.</summary>
public sealed record LoginAttemptState(DateTimeOffset? LockedUntil, long AccountFailures)
{
    /// <summary>A password alone is not evaluated: an SMS code to the account's phone must come with it (<see cref="LoginLockout"/>).</summary>
    public bool NeedsSmsCode => LockedUntil is not null || AccountFailures >= LoginLockout.AccountFailuresBeforeSms;
}
