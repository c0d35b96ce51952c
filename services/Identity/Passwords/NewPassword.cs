using AccountingPlatform.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity.Passwords;

/// <summary>A new password, changed or reset: the policy and the confirmation, then stored as a hash with when it changed.</summary>
public static class NewPassword
{
    public static Dictionary<string, string[]> Errors(string? password, string? confirmation, UserAccount user)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(password)) errors["newPassword"] = ["请输入新密码"];
        else if (PasswordPolicy.Check(password, user.Phone, user.CertificateNumber) is { } problem) errors["newPassword"] = [problem];
        if (password != confirmation) errors["confirmPassword"] = ["两次输入的密码不一致"];
        return errors;
    }

    public static void Set(UserAccount user, string password, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
    {
        user.PasswordHash = hasher.HashPassword(user, password);
        user.PasswordChangedAt = clock.GetUtcNow();
    }
}
