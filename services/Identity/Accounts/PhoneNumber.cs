using System.Text.RegularExpressions;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>A mainland China mobile number.</summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(phone);

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Pattern();
}
