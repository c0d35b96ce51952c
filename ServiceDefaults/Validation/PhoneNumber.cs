using System.Text.RegularExpressions;

namespace AccountingPlatform.ServiceDefaults.Validation;

/// <summary>A mainland China mobile number (11 digits, 13x–19x): one rule for every service that takes a phone.</summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(phone);

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Pattern();
}
