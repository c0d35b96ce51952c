using AccountingPlatform.Divisions;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Items;

/// <summary>Reading one item of a reviewer's division: what changed since the last decision, its audit trail.</summary>
public static class ReviewItemQueries
{
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

    public static async Task<Results<Ok<List<ReviewDecisionView>>, ProblemHttpResult>> ListDecisionsAsync(
        Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var item = await ReviewItemQueries.FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return ReviewItemProblems.NotFound();
        // The trail of the subject up to this version (its earlier versions in the division too), so a re-review reads why it came back.
        var prefix = DivisionScope.PrefixOf(http.User.GetDivision()!);
        var versions = db.Items.Where(i => i.Kind == item.Kind && i.SubjectId == item.SubjectId && i.SubjectVersion <= item.SubjectVersion
            && i.DivisionCode.StartsWith(prefix)).Select(i => i.Id);
        var decisions = await db.Decisions.AsNoTracking().Where(d => versions.Contains(d.ReviewItemId)).OrderBy(d => d.DecidedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(decisions.Select(ReviewDecisionView.Of).ToList());
    }

    /// <summary>The item, if it lies in the reviewer's division; to a reviewer of another division it does not exist.</summary>
    public static Task<ReviewItem?> FindInDivisionAsync(Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var prefix = DivisionScope.PrefixOf(http.User.GetDivision()!);
        return db.Items.FirstOrDefaultAsync(i => i.Id == id && i.DivisionCode.StartsWith(prefix), cancellationToken);
    }
}
