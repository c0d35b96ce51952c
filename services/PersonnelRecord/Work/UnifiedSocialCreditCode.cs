namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>统一社会信用代码, GB 32100-2015: 18 characters, the last a check character over the first 17.</summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

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
}
