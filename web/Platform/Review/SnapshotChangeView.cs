namespace AccountingPlatform.Web.Platform.Review;

/// <summary>A line that differs from the version last decided: before null means added, after null means removed.</summary>
public sealed record SnapshotChangeView(string Field, string? Before, string? After);
