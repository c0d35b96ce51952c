using AccountingPlatform.Contracts;

namespace AccountingPlatform.Review.Items;

/// <summary>The queue's tabs: per kind, how many items in each status in the reviewer's division; and how many the reviewer holds.</summary>
public sealed record ReviewItemCounts(StatusCounts PersonnelRecord, StatusCounts RealNameApplication, int ClaimedByMe)
{
    /// <summary>The counts from grouped rows (kind, status, count); a kind or status with no row counts zero.</summary>
    public static ReviewItemCounts Of(IEnumerable<(ReviewItemKind Kind, ReviewItemStatus Status, int Count)> rows, int claimedByMe)
    {
        var byKind = rows.ToLookup(r => r.Kind);
        StatusCounts For(ReviewItemKind kind) => StatusCounts.Of(byKind[kind].ToDictionary(r => r.Status, r => r.Count));
        return new ReviewItemCounts(For(ReviewItemKind.PersonnelRecord), For(ReviewItemKind.RealNameApplication), claimedByMe);
    }
}
