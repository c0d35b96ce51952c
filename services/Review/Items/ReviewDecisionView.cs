using AccountingPlatform.Contracts;

namespace AccountingPlatform.Review.Items;

/// <summary>One decision as the item's audit trail and the administrators' audit show it.</summary>
public sealed record ReviewDecisionView(
    Guid Id, DateTimeOffset DecidedAt, Guid ReviewerId, string? ReviewerName, string ReviewerDivisionCode, Guid ReviewItemId,
    ReviewItemKind Kind, string CandidateName, string DivisionCode, int SubjectVersion, ReviewItemStatus PreviousStatus,
    ReviewItemStatus NewStatus, string? Comment)
{
    public static ReviewDecisionView Of(ReviewDecision d) => new(
        d.Id, d.DecidedAt, d.ReviewerId, d.ReviewerName, d.ReviewerDivisionCode, d.ReviewItemId, d.Kind, d.CandidateName, d.DivisionCode,
        d.SubjectVersion, d.PreviousStatus, d.NewStatus, d.Comment);
}
