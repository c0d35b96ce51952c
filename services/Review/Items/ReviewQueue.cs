using AccountingPlatform.Contracts;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Items;

/// <summary>
/// The queue of a reviewer's division, filtered (<see cref="ReviewQueueFilter"/>), oldest first in a total order
/// (submitted, then id) so that paging neither skips nor repeats an item; served by the indexes of <c>ReviewDbContext</c>.
/// </summary>
public static class ReviewQueue
{
    public static async Task<Results<Ok<PagedList<ReviewItemView>>, ProblemHttpResult>> ListAsync(
        HttpContext http, ReviewDbContext db, TimeProvider clock, ReviewItemStatus? status, ReviewItemKind? kind, string? submittedFrom,
        string? submittedTo, string? department, bool? claimedByMe, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors) return ApiProblem.Validation("REVIEW_PAGING_INVALID", errors);
        var (filter, problem) = ReviewQueueFilter.Parse(http.User.GetDivision()!, http.User.GetUserId(), status, kind,
            submittedFrom, submittedTo, department, claimedByMe);
        if (problem is not null) return problem;
        var now = clock.GetUtcNow();
        var total = await Filtered(db, filter!, now).CountAsync(cancellationToken);
        var rows = await Page(db, filter!, now, page, pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ReviewItemView>(rows.Select(i => ReviewItemView.Of(i, masked: true)).ToList(), page, pageSize, total));
    }

    /// <summary>One page of the queue, as the list endpoint reads it (public so a test can look at its query plan).</summary>
    public static IQueryable<ReviewItem> Page(ReviewDbContext db, ReviewQueueFilter filter, DateTimeOffset now, int page, int pageSize) =>
        Filtered(db, filter, now).OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id).Skip((page - 1) * pageSize).Take(pageSize);

    public static IQueryable<ReviewItem> Filtered(ReviewDbContext db, ReviewQueueFilter filter, DateTimeOffset now)
    {
        var query = db.Items.AsNoTracking().Where(i => i.DivisionCode.StartsWith(filter.DivisionPrefix));
        if (filter.Status is { } status) query = query.Where(i => i.Status == status);
        if (filter.Kind is { } kind) query = query.Where(i => i.Kind == kind);
        if (filter.Submitted?.Start is { } start) query = query.Where(i => i.SubmittedAt >= start);
        if (filter.Submitted?.End is { } end) query = query.Where(i => i.SubmittedAt < end);
        if (filter.ClaimedBy is { } reviewer) query = query.Where(i => i.ClaimedBy == reviewer && i.ClaimedUntil > now);
        return query;
    }
}
