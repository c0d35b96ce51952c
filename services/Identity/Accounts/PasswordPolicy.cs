namespace AccountingPlatform.Identity.Accounts;

/// <summary>
/// 8–32 characters with at least three of: upper-case letters, lower-case letters, digits, symbols;
/// must not contain the phone number or the certificate number.
/// </summary>
public static class PasswordPolicy
{
    public static string? Check(string password, string phone, string? certificateNumber)
    {
        if (password.Length is < 8 or > 32) return "密码长度应为8至32位";
        var classes = (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
            + (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
            + (password.Any(char.IsAsciiDigit) ? 1 : 0)
            + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) return "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类";
        if (password.Contains(phone, StringComparison.Ordinal)) return "密码不能包含手机号码";
        if (!string.IsNullOrEmpty(certificateNumber) && password.Contains(certificateNumber, StringComparison.OrdinalIgnoreCase))
            return "密码不能包含证件号码";
        return null;
    }
}
