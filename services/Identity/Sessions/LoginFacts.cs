using AccountingPlatform.Identity.Accounts;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>
/// What a login decision is made of, as loaded: whether the account named is ambiguous or found, its failures as this
/// address meets them, the SMS code (given, and whether it was right, when the account asked for one) and the password
/// (null until checked), and whether an administrator disabled the account.
/// </summary>
public sealed record LoginFacts(
    bool NeedsCertificateType, bool AccountFound, LoginAttemptState? Attempts, bool SmsCodeGiven, bool? SmsCodeValid, bool? PasswordCorrect,
    bool AccountDisabled = false);
