using System.Globalization;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>A 居民身份证 number checked by GB 11643-1999 (ISO 7064 MOD 11-2) with a real birth date inside.</summary>
public sealed record ResidentIdNumber(string Value, DateOnly BirthDate, string Gender)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static bool TryParse(string? input, DateOnly today, out ResidentIdNumber? number)
    {
        number = null;
        if (input is not { Length: 18 }) return false;
        var value = input.ToUpperInvariant();
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i])) return false;
            sum += (value[i] - '0') * Weights[i];
        }
        if (value[17] != CheckChars[sum % 11]) return false;
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > today)
        {
            return false;
        }
        number = new ResidentIdNumber(value, birth, (value[16] - '0') % 2 == 1 ? "Male" : "Female");
        return true;
    }
}
