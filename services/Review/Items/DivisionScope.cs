namespace AccountingPlatform.Review.Items;

/// <summary>
/// Which division codes a reviewer covers: a province code (110000) covers every code starting with its first two digits,
/// a city (110100) the first four, a county (110105) only itself.
/// </summary>
public static class DivisionScope
{
    public static string PrefixOf(string divisionCode) =>
        divisionCode.EndsWith("0000", StringComparison.Ordinal) ? divisionCode[..2]
        : divisionCode.EndsWith("00", StringComparison.Ordinal) ? divisionCode[..4]
        : divisionCode;

    public static bool Covers(string reviewerDivision, string itemDivision) =>
        itemDivision.StartsWith(PrefixOf(reviewerDivision), StringComparison.Ordinal);
}
