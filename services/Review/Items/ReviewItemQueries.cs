using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Items;

/// <summary>Reading the queue of a reviewer's division: the list, one item with what changed since the last decision, its audit.</summary>
public static class ReviewItemQueries
{
    public static async Task<Results<Ok<PagedList<ReviewItemView>>, ProblemHttpResult>> ListAsync(
        HttpContext http, ReviewDbContext db, ReviewItemStatus? status, ReviewItemKind? kind,
        CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        if (Paging.Validate(page, pageSize) is { } errors) return ApiProblem.Validation("REVIEW_PAGING_INVALID", errors);
        var prefix = DivisionScope.PrefixOf(http.User.GetDivision()!);
        var query = db.Items.AsNoTracking().Where(i => i.DivisionCode.StartsWith(prefix));
        if (status is not null) query = query.Where(i => i.Status == status);
        if (kind is not null) query = query.Where(i => i.Kind == kind);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(i => i.SubmittedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ReviewItemView>(rows.Select(i => ReviewItemView.Of(i, masked: true)).ToList(), page, pageSize, total));
    }

    public static async Task<Results<Ok<ReviewItemDetail>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var item = await ReviewItemQueries.FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return ReviewItemProblems.NotFound();
        var snapshot = SnapshotComparison.Read(item.SnapshotJson);
        var lastDecided = await db.Items.AsNoTracking()
            .Where(i => i.Kind == item.Kind && i.SubjectId == item.SubjectId && i.SubjectVersion < item.SubjectVersion
                && (i.Status == ReviewItemStatus.Approved || i.Status == ReviewItemStatus.Rejected))
            .OrderByDescending(i => i.SubjectVersion).FirstOrDefaultAsync(cancellationToken);
        var changes = lastDecided is null ? [] : SnapshotComparison.Compare(SnapshotComparison.Read(lastDecided.SnapshotJson), snapshot);
        return TypedResults.Ok(new ReviewItemDetail(ReviewItemView.Of(item), snapshot, lastDecided?.SubjectVersion, changes));
    }

    public static async Task<Results<Ok<List<ReviewDecision>>, ProblemHttpResult>> ListDecisionsAsync(
        Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var item = await ReviewItemQueries.FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return ReviewItemProblems.NotFound();
        return TypedResults.Ok(await db.Decisions.AsNoTracking().Where(d => d.ReviewItemId == id).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken));
    }

    /// <summary>The item, if it lies in the reviewer's division; to a reviewer of another division it does not exist.</summary>
    public static Task<ReviewItem?> FindInDivisionAsync(Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var prefix = DivisionScope.PrefixOf(http.User.GetDivision()!);
        return db.Items.FirstOrDefaultAsync(i => i.Id == id && i.DivisionCode.StartsWith(prefix), cancellationToken);
    }
}
