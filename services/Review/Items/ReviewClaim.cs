namespace AccountingPlatform.Review.Items;

/// <summary>A claim lasts 30 minutes; a reviewer who leaves an item does not block it for longer.</summary>
public static class ReviewClaim
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    public static bool HeldByAnother(ReviewItem item, Guid reviewerId, DateTimeOffset now) =>
        item.ClaimedBy is { } holder && holder != reviewerId && item.ClaimedUntil > now;
}
