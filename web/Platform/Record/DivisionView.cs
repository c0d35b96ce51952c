namespace AccountingPlatform.Web.Platform.Record;

/// <summary>GET /api/personnel/divisions?parent=: one division for the department picker.</summary>
public sealed record DivisionView(string Code, string Name, string Level, bool IsCountyLevel);
