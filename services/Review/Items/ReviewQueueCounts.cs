using AccountingPlatform.Divisions;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Items;

/// <summary>Counting the reviewer's division: items per kind and status, and the items the reviewer holds (a live claim).</summary>
public static class ReviewQueueCounts
{
    public static async Task<Ok<ReviewItemCounts>> GetAsync(HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var division = new ReviewQueueFilter(DivisionScope.PrefixOf(http.User.GetDivision()!));
        var now = clock.GetUtcNow();
        var rows = await ReviewQueue.Filtered(db, division, now).GroupBy(i => new { i.Kind, i.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var claimed = await ReviewQueue.Filtered(db, division with { ClaimedBy = http.User.GetUserId() }, now).CountAsync(cancellationToken);
        return TypedResults.Ok(ReviewItemCounts.Of(rows.Select(r => (r.Kind, r.Status, r.Count)), claimed));
    }
}
