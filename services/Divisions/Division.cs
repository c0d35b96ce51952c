namespace AccountingPlatform.Divisions;

/// <summary>
/// One administrative division with its six-digit GB/T 2260 code (110000 province, 110100 city, 110105 county).
/// <paramref name="IsCountyLevel"/>: the lowest level a person chooses (旗县区): a county, or a city that has no
/// counties (东莞市, 中山市, 儋州市, 嘉峪关市).
/// </summary>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode, bool IsCountyLevel);
