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
/// Pages by number (<c>page</c>), or after an item (<c>after=</c> the id of the last item shown: keyset paging, which
/// reads only the page however deep it is).
/// </summary>
public static class ReviewQueue
{
    public static async Task<Results<Ok<PagedList<ReviewItemView>>, ProblemHttpResult>> ListAsync(
        HttpContext http, ReviewDbContext db, TimeProvider clock, ReviewItemStatus? status, ReviewItemKind? kind, string? submittedFrom,
        string? submittedTo, string? department, bool? claimedByMe, Guid? after, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors) return ApiProblem.Validation("REVIEW_PAGING_INVALID", errors);
        if (after is not null && page != 1)
            return ApiProblem.Validation("REVIEW_PAGING_INVALID", new Dictionary<string, string[]> { ["page"] = ["按位置翻页（after）时不能同时指定页码"] });
        var (filter, problem) = ReviewQueueFilter.Parse(http.User.GetDivision()!, http.User.GetUserId(), status, kind,
            submittedFrom, submittedTo, department, claimedByMe);
        if (problem is not null) return problem;
        var now = clock.GetUtcNow();
        QueuePosition? position = null;
        if (after is { } afterId)
        {
            position = await Filtered(db, new ReviewQueueFilter(filter!.DivisionPrefix), now).Where(i => i.Id == afterId)
                .Select(i => new QueuePosition(i.SubmittedAt, i.Id)).FirstOrDefaultAsync(cancellationToken);
            if (position is null)
                return ApiProblem.Validation("REVIEW_FILTER_INVALID", new Dictionary<string, string[]> { ["after"] = ["翻页位置无效：该事项不存在或不在您的审核范围内"] });
        }
        var total = await Filtered(db, filter!, now).CountAsync(cancellationToken);
        var rows = await Page(db, filter!, now, page, pageSize, position).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ReviewItemView>(rows.Select(i => ReviewItemView.Of(i, masked: true)).ToList(), page, pageSize, total));
    }

    /// <summary>One page of the queue, as the list endpoint reads it (public so a test can look at its query plan).</summary>
    public static IQueryable<ReviewItem> Page(
        ReviewDbContext db, ReviewQueueFilter filter, DateTimeOffset now, int page, int pageSize, QueuePosition? after = null)
    {
        var query = Filtered(db, filter, now);
        if (after is not null)
        {
            query = query.Where(i => EF.Functions.GreaterThan(ValueTuple.Create(i.SubmittedAt, i.Id), ValueTuple.Create(after.SubmittedAt, after.Id)));
        }
        return query.OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id).Skip((page - 1) * pageSize).Take(pageSize);
    }

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
