namespace AccountingPlatform.Web.Platform.RealName;

/// <summary>One administrative division from GET /api/realname/divisions?parent= (IsCountyLevel: the level a person chooses, 旗县区).</summary>
public sealed record DivisionView(string Code, string Name, string Level, bool IsCountyLevel);
