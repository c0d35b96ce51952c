using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Sessions;

namespace AccountingPlatform.UnitTests.Identity.Sessions;

/// <summary>The login rule, branch by branch: ambiguous certificate, lockout, SMS step-up, then the password.</summary>
public sealed class LoginDecisionTests
{
    private static readonly DateTimeOffset LockedUntil = new(2026, 6, 12, 1, 15, 0, TimeSpan.Zero);
    private static readonly LoginAttemptState NoFailures = new(null, 0);
    private static readonly LoginAttemptState LockedHere = new(LockedUntil, 5);
    private static readonly LoginAttemptState ManyFailures = new(null, LoginLockout.AccountFailuresBeforeSms);

    private static LoginFacts Facts(LoginAttemptState? attempts = null, bool smsGiven = false, bool? smsValid = null, bool? password = null,
        bool found = true, bool needsType = false) => new(needsType, found, attempts ?? NoFailures, smsGiven, smsValid, password);

    [Fact]
    public void Two_certificates_sharing_the_number_ask_for_the_type_before_anything_else() =>
        Assert.Equal(LoginVerdict.CertificateTypeRequired, LoginDecision.Decide(Facts(LockedHere, password: true, needsType: true, found: false)).Verdict);

    [Fact]
    public void Locked_from_this_address_without_an_SMS_code_is_locked_until_the_lock_ends()
    {
        var outcome = LoginDecision.Decide(Facts(LockedHere, password: true));
        Assert.Equal(LoginVerdict.Locked, outcome.Verdict);
        Assert.Equal(LockedUntil, outcome.LockedUntil);
    }

    [Fact]
    public void Many_failures_from_anywhere_ask_for_an_SMS_code_even_with_the_right_password() =>
        Assert.Equal(LoginVerdict.SmsCodeRequired, LoginDecision.Decide(Facts(ManyFailures, password: true)).Verdict);

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void A_wrong_or_unchecked_SMS_code_is_refused_before_the_password(bool? smsValid) =>
        Assert.Equal(LoginVerdict.SmsCodeInvalid, LoginDecision.Decide(Facts(LockedHere, smsGiven: true, smsValid: smsValid, password: true)).Verdict);

    [Fact]
    public void With_the_owners_SMS_code_a_locked_account_gets_to_its_password()
    {
        Assert.Equal(LoginVerdict.PasswordNeeded, LoginDecision.Decide(Facts(LockedHere, smsGiven: true, smsValid: true)).Verdict);
        Assert.Equal(LoginVerdict.Succeeded, LoginDecision.Decide(Facts(LockedHere, smsGiven: true, smsValid: true, password: true)).Verdict);
    }

    [Fact]
    public void Without_failures_the_password_is_needed_and_an_SMS_code_given_anyway_is_ignored()
    {
        Assert.Equal(LoginVerdict.PasswordNeeded, LoginDecision.Decide(Facts()).Verdict);
        Assert.Equal(LoginVerdict.Succeeded, LoginDecision.Decide(Facts(smsGiven: true, password: true)).Verdict);
    }

    [Fact]
    public void A_disabled_account_is_refused_as_disabled_only_with_its_right_password()
    {
        Assert.Equal(LoginVerdict.Disabled, LoginDecision.Decide(Facts(password: true) with { AccountDisabled = true }).Verdict);
        Assert.Equal(LoginVerdict.WrongPassword, LoginDecision.Decide(Facts(password: false) with { AccountDisabled = true }).Verdict);
        Assert.Equal(LoginVerdict.SmsCodeRequired, LoginDecision.Decide(Facts(ManyFailures, password: true) with { AccountDisabled = true }).Verdict);
    }

    [Fact]
    public void A_wrong_password_is_a_failure() =>
        Assert.Equal(LoginVerdict.WrongPassword, LoginDecision.Decide(Facts(password: false)).Verdict);

    [Fact]
    public void An_unknown_account_is_a_wrong_password_whatever_the_hash_said() =>
        Assert.Equal(LoginVerdict.WrongPassword, LoginDecision.Decide(new LoginFacts(false, false, null, false, null, true)).Verdict);

    [Fact]
    public void A_failure_that_locks_the_address_answers_locked_otherwise_wrong_password()
    {
        var locking = LoginDecision.AfterFailure(new LoginAttemptState(LockedUntil, 5));
        Assert.Equal((LoginVerdict.Locked, LockedUntil), (locking.Verdict, locking.LockedUntil));
        Assert.Equal(LoginVerdict.WrongPassword, LoginDecision.AfterFailure(new LoginAttemptState(null, 3)).Verdict);
    }
}
