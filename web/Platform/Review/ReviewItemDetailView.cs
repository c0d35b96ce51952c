namespace AccountingPlatform.Web.Platform.Review;

/// <summary>One item opened: what was submitted, and what changed since the version last decided.</summary>
public sealed record ReviewItemDetailView(ReviewItemRowView Item, Dictionary<string, string> Snapshot, int? ComparedWithVersion, List<SnapshotChangeView> Changes);
