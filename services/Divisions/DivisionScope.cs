namespace AccountingPlatform.Divisions;

/// <summary>
/// The one rule for "a reviewer's division covers this division": GB/T 2260 codes carry the tree in their digits, so a
/// province code (440000) covers every code that starts with its first two digits, a city (440300) its first four, and a
/// county (440305) only itself. The same prefix serves point checks (<see cref="Covers"/>) and database queries
/// (<see cref="PrefixOf"/> for <c>LIKE 'prefix%'</c>), so both always give one answer.
/// </summary>
public static class DivisionScope
{
    /// <summary>The prefix every code inside <paramref name="divisionCode"/> starts with; a malformed code is its own prefix.</summary>
    public static string PrefixOf(string divisionCode) =>
        divisionCode.Length != 6 ? divisionCode
        : divisionCode.EndsWith("0000", StringComparison.Ordinal) ? divisionCode[..2]
        : divisionCode.EndsWith("00", StringComparison.Ordinal) ? divisionCode[..4]
        : divisionCode;

    public static bool Covers(string scopeCode, string divisionCode) =>
        scopeCode.Length == 6 && divisionCode.Length == 6 && divisionCode.StartsWith(PrefixOf(scopeCode), StringComparison.Ordinal);
}
