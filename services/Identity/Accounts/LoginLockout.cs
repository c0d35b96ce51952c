using AccountingPlatform.ServiceDefaults;
namespace AccountingPlatform.Identity.Accounts;

/// <summary>Five wrong passwords in a row lock the account for 15 minutes.</summary>
public static class LoginLockout
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    public static string LockedMessage(DateTimeOffset lockedUntil) =>
        $"密码连续输入错误{MaxFailures}次，账号已锁定，请于{BeijingTime.Format(lockedUntil)}（北京时间）后再试，或通过“找回密码”重置密码";
}
