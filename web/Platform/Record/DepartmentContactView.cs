namespace AccountingPlatform.Web.Platform.Record;

/// <summary>The department to contact about the review (the chosen one or the nearest above it).</summary>
public sealed record DepartmentContactView(string DivisionCode, string Name, string Phone, string Address);
