namespace AccountingPlatform.Review.Items;

/// <summary>How many items of one kind are in each <see cref="ReviewItemStatus"/>.</summary>
public sealed record StatusCounts(int Pending, int Approved, int Rejected, int Superseded)
{
    public static StatusCounts Of(IReadOnlyDictionary<ReviewItemStatus, int> counts) => new(
        counts.GetValueOrDefault(ReviewItemStatus.Pending), counts.GetValueOrDefault(ReviewItemStatus.Approved),
        counts.GetValueOrDefault(ReviewItemStatus.Rejected), counts.GetValueOrDefault(ReviewItemStatus.Superseded));
}
