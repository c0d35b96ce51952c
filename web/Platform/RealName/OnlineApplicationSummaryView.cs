namespace AccountingPlatform.Web.Platform.RealName;

/// <summary>The latest online application as the status answer names it (Status: Pending, Approved, Rejected).</summary>
public sealed record OnlineApplicationSummaryView(Guid Id, int Version, string Status, DateTimeOffset SubmittedAt, string? RejectionReason);
