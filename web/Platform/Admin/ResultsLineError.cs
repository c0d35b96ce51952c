namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>A bad line of a results file: its number, the column concerned when one is, and why (Chinese).</summary>
public sealed record ResultsLineError(int Line, string? Field, string Message);
