namespace AccountingPlatform.Divisions;

/// <summary>One division as a picker shows it.</summary>
public sealed record DivisionView(string Code, string Name, DivisionLevel Level, bool IsCountyLevel);
