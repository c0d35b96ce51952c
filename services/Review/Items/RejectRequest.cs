namespace AccountingPlatform.Review.Items;

/// <summary>审核不通过: the comment the candidate will read (required).</summary>
public sealed record RejectRequest(string? Comment);
