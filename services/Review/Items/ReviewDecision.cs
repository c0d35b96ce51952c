using AccountingPlatform.Contracts;

namespace AccountingPlatform.Review.Items;

/// <summary>
/// The audit row of one decision: who decided which version of whose item when, and the state before and after. The
/// reviewer's name and the item's kind, candidate and division are copied in, so administrators search the audit alone.
/// </summary>
public sealed class ReviewDecision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReviewItemId { get; init; }
    public int SubjectVersion { get; init; }
    public Guid ReviewerId { get; init; }
    /// <summary>Null on decisions made before names were kept.</summary>
    public string? ReviewerName { get; init; }
    public required string ReviewerDivisionCode { get; init; }
    public ReviewItemKind Kind { get; init; }
    public required string CandidateName { get; init; }
    /// <summary>The item's division (the department's or the county's), not the reviewer's.</summary>
    public required string DivisionCode { get; init; }
    public ReviewItemStatus PreviousStatus { get; init; }
    public ReviewItemStatus NewStatus { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
}
