namespace AccountingPlatform.Web.Platform.Review;

/// <summary>One decision of an item's audit trail.</summary>
public sealed record ReviewDecisionView(
    Guid Id, int SubjectVersion, Guid ReviewerId, string? ReviewerName, string ReviewerDivisionCode, string PreviousStatus, string NewStatus,
    string? Comment, DateTimeOffset DecidedAt);
