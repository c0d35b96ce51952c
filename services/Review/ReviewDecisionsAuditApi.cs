using AccountingPlatform.Review.Audit;
using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Items;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Review;

/// <summary>Who decided what, for administrators: every review decision, searchable (rules in Audit/).</summary>
public static class ReviewDecisionsAuditApi
{
    public static IEndpointRouteBuilder MapReviewDecisionsAuditApi(this IEndpointRouteBuilder app)
    {
        var decisions = app.MapGroup("/api/review/admin/decisions").WithTags("Review decision audit").RequireAuthorization(PlatformClaims.Policies.Admin);
        decisions.MapGet("/", (ReviewDbContext db, string? reviewer, string? candidate, string? division, ReviewItemStatus? decision, string? from,
                string? to, CancellationToken ct, int page = 1, int pageSize = 20) =>
                DecisionAudit.SearchAsync(db, reviewer, candidate, division, decision, from, to, page, pageSize, ct))
            .WithSummary("审核记录查询（按审核人员、考生姓名、地区、结果、日期；最新的在前）");
        return app;
    }
}
