namespace AccountingPlatform.Web.Platform.Review;

/// <summary>The common reasons a reviewer picks from when rejecting an item of one kind.</summary>
public sealed record RejectionReasonsView(string Kind, IReadOnlyList<string> Reasons);
