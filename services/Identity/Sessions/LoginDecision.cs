using AccountingPlatform.Identity.Accounts;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>
/// The login rule (<see cref="LoginLockout"/>), as a plain function of what was loaded: the account must be named
/// unambiguously; an account locked from this address, or asking for an SMS code, evaluates no password without its
/// owner's code; then the password decides, and a disabled account is refused only after its password was right (so the
/// refusal tells nobody without the password which accounts exist). <see cref="Login"/> loads, asks, and saves what was decided.
/// </summary>
public static class LoginDecision
{
    public static LoginOutcome Decide(LoginFacts facts)
    {
        if (facts.NeedsCertificateType) return new LoginOutcome(LoginVerdict.CertificateTypeRequired);
        if (facts.Attempts is { NeedsSmsCode: true } attempts)
        {
            if (!facts.SmsCodeGiven)
                return attempts.LockedUntil is { } lockedUntil
                    ? new LoginOutcome(LoginVerdict.Locked, lockedUntil)
                    : new LoginOutcome(LoginVerdict.SmsCodeRequired);
            if (facts.SmsCodeValid != true) return new LoginOutcome(LoginVerdict.SmsCodeInvalid);
        }
        return facts.PasswordCorrect switch
        {
            null => new LoginOutcome(LoginVerdict.PasswordNeeded),
            true when facts.AccountFound && facts.AccountDisabled => new LoginOutcome(LoginVerdict.Disabled),
            true when facts.AccountFound => new LoginOutcome(LoginVerdict.Succeeded),
            _ => new LoginOutcome(LoginVerdict.WrongPassword),
        };
    }

    /// <summary>After a wrong password was counted: locked from this address if that failure locked it, otherwise a plain refusal.</summary>
    public static LoginOutcome AfterFailure(LoginAttemptState counted) =>
        counted.LockedUntil is { } lockedUntil ? new LoginOutcome(LoginVerdict.Locked, lockedUntil) : new LoginOutcome(LoginVerdict.WrongPassword);
}
