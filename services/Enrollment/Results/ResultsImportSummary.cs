namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// A results import as the list of an exam's imports shows it (<c>GET …/results/imports</c>): where it is, its lines,
/// how many were bad, what it imported, who sent it and when; its errors are read at its own status resource.
/// </summary>
public sealed record ResultsImportSummary(
    Guid Id, ResultsImportState State, int LinesRead, int Valid, int BadLines, int ErrorCount, int Imported, int Added, string? Failure,
    string RequestedBy, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
