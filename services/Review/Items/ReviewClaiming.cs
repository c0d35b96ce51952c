using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Items;

/// <summary>Claiming an item (30 minutes in which no other reviewer may decide it) and letting it go.</summary>
public static class ReviewClaiming
{
    public static async Task<Results<Ok<ReviewItemView>, ProblemHttpResult>> ClaimAsync(
        Guid id, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var item = await ReviewItemQueries.FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return ReviewItemProblems.NotFound();
        if (item.Status != ReviewItemStatus.Pending) return ApiProblem.Conflict("REVIEW_ALREADY_DECIDED", "该事项已审核或已被新版本取代");
        var now = clock.GetUtcNow();
        var reviewerId = http.User.GetUserId();
        if (ReviewClaim.HeldByAnother(item, reviewerId, now)) return ReviewItemProblems.ClaimedByAnother(item);
        (item.ClaimedBy, item.ClaimedByName, item.ClaimedUntil) = (reviewerId, http.User.GetStaffName(), now + ReviewClaim.Duration);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblem.Conflict("REVIEW_ITEM_CLAIMED", "该事项刚被其他审核人员领取");
        }
        return TypedResults.Ok(ReviewItemView.Of(item));
    }

    public static async Task<Results<Ok<ReviewItemView>, ProblemHttpResult>> ReleaseAsync(
        Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var item = await ReviewItemQueries.FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return ReviewItemProblems.NotFound();
        if (item.ClaimedBy == http.User.GetUserId())
        {
            (item.ClaimedBy, item.ClaimedByName, item.ClaimedUntil) = (null, null, null);
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(ReviewItemView.Of(item));
    }
}
