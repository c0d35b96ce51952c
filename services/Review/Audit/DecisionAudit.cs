using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Items;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Audit;

/// <summary>Who decided what: the decisions of every division, searched by administrators, newest first.</summary>
public static class DecisionAudit
{
    public static async Task<Results<Ok<PagedList<ReviewDecisionView>>, ProblemHttpResult>> SearchAsync(
        ReviewDbContext db, string? reviewer, string? candidate, string? division, ReviewItemStatus? decision, string? from, string? to,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = DecisionAuditFilter.Parse(reviewer, candidate, division, decision, from, to);
        errors ??= Paging.Validate(page, pageSize);
        if (errors is not null) return ApiProblem.Validation("REVIEW_AUDIT_FILTER_INVALID", errors, "查询条件有误，请检查后重试");

        var query = Filtered(db, filter!);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ReviewDecisionView>(rows.Select(ReviewDecisionView.Of).ToList(), page, pageSize, total));
    }

    private static IQueryable<ReviewDecision> Filtered(ReviewDbContext db, DecisionAuditFilter filter)
    {
        var query = db.Decisions.AsNoTracking();
        if (filter.Reviewer is { } reviewer) query = query.Where(d => d.ReviewerName != null && d.ReviewerName.Contains(reviewer));
        if (filter.Candidate is { } candidate) query = query.Where(d => d.CandidateName.Contains(candidate));
        if (filter.DivisionPrefix is { } prefix) query = query.Where(d => d.DivisionCode.StartsWith(prefix));
        if (filter.Decision is { } decision) query = query.Where(d => d.NewStatus == decision);
        if (filter.Decided?.Start is { } start) query = query.Where(d => d.DecidedAt >= start);
        if (filter.Decided?.End is { } end) query = query.Where(d => d.DecidedAt < end);
        return query;
    }
}
