namespace AccountingPlatform.Review.Items;

/// <summary>One item opened: what was submitted, and what changed since the version last decided.</summary>
public sealed record ReviewItemDetail(ReviewItemView Item, Dictionary<string, string> Snapshot, int? ComparedWithVersion, List<SnapshotChange> Changes);
