namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>POST …/results?dryRun=true: how many lines the file has, how many could be imported, and each bad line's error (nothing written).</summary>
public sealed record ResultsCheckView(bool DryRun, int Lines, int Valid, IReadOnlyList<ResultsLineError> Errors);
