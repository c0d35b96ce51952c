namespace AccountingPlatform.Review.Items;

/// <summary>The audit row of one decision: who decided which version when, and the state before and after.</summary>
public sealed class ReviewDecision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReviewItemId { get; init; }
    public int SubjectVersion { get; init; }
    public Guid ReviewerId { get; init; }
    public required string ReviewerDivisionCode { get; init; }
    public ReviewItemStatus PreviousStatus { get; init; }
    public ReviewItemStatus NewStatus { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
}
