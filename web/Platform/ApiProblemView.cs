namespace AccountingPlatform.Web.Platform;

/// <summary>An RFC 9457 problem as the platform's APIs write it: a stable code, a Chinese message, and per-field messages.</summary>
public sealed record ApiProblemView(string? Code, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors);
