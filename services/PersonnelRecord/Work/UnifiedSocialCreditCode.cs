using AccountingPlatform.Divisions;

namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>统一社会信用代码, GB 32100-2015: 18 characters, the last a check character over the first 17.</summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code as kept and compared: without surrounding spaces, letters in upper case.</summary>
    public static string? Normalize(string? code) => code?.Trim().ToUpperInvariant();

    public static bool IsValid(string? code)
    {
        if (code is not { Length: 18 }) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i]);
            if (value < 0) return false;
            sum += value * Weights[i];
        }
        return code[17] == Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>
    /// Where the organisation was registered: characters 3–8 are the registering authority's division (登记管理机关行政区划码),
    /// as the division tree knows it (the code itself, else its city, else its province); null for a national authority
    /// (100000) or anything the tree does not know.
    /// </summary>
    public static string? RegistrationDivisionOf(string? code)
    {
        if (code is not { Length: 18 } || !code.Skip(2).Take(6).All(char.IsAsciiDigit)) return null;
        var division = code.Substring(2, 6);
        string[] candidates = [division, division[..4] + "00", division[..2] + "0000"];
        return candidates.FirstOrDefault(c => DivisionTree.Instance.Find(c) is not null);
    }
}
