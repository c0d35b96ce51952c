namespace AccountingPlatform.Review.Items;

/// <summary>One line that differs from the version last decided: before null means added, after null means removed.</summary>
public sealed record SnapshotChange(string Field, string? Before, string? After);
