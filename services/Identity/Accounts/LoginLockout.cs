using AccountingPlatform.ServiceDefaults;
namespace AccountingPlatform.Identity.Accounts;

/// <summary>
/// How wrong passwords are answered, after OWASP's Authentication Cheat Sheet ("Account Lockout": count per account,
/// lock for a time that grows, and do not let a lockout become a way to keep the owner out) and OWASP's "Blocking Brute
/// Force Attacks" (lock the source of the guesses, not only the account; ask a guesser for what only the owner has).
/// <list type="bullet">
/// <item>Five wrong passwords for one account from one client address lock that account <em>from that address</em>: its
/// next password attempts there are not evaluated. The lock lasts 15 minutes, and doubles each time the same address
/// is locked out of the same account again within a day (at most 24 hours).</item>
/// <item>Ten wrong passwords for one account from any addresses within a day (a guesser spread over many addresses)
/// make the account ask every login for an SMS code sent to its own phone as well; no password is evaluated without it.</item>
/// <item>Either way the owner still gets in, from anywhere: a fresh captcha, the password and a <c>Login</c> SMS code
/// sent to the account's phone. That code is bound to the client address that asked for it, so another address's wrong
/// tries cannot burn it. A successful login forgets the account's failures and that address's.</item>
/// </list>
/// A guesser thus has five guesses per address and ten per account a day without the phone: brute force is not
/// possible, and no one who merely knows a phone number can keep its owner out.
/// </summary>
public static class LoginLockout
{
    public const int FailuresPerAddress = 5;
    public const int AccountFailuresBeforeSms = 10;
    public static readonly TimeSpan AddressFailureWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AccountFailureWindow = TimeSpan.FromHours(24);
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    public static string LockedMessage(DateTimeOffset lockedUntil) =>
        $"密码连续输入错误{FailuresPerAddress}次，该账号已暂停在当前网络登录，请于{BeijingTime.Format(lockedUntil)}（北京时间）后再试；" +
        "也可获取发送至账号绑定手机的短信验证码后登录，或通过“找回密码”重置密码";

    public const string SmsRequiredMessage = "该账号近期多次登录失败，为保护账号安全，请获取发送至账号绑定手机的短信验证码后登录";
}
