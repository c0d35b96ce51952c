using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.Contracts;
using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Items;

namespace AccountingPlatform.Review;

/// <summary>The review queues of a reviewer's division: list, count, open, audit, claim, approve, reject (rules in Items/).</summary>
public static class ReviewItemsApi
{
    public static IEndpointRouteBuilder MapReviewItemsApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/api/review/items").WithTags("Review items")
            .RequireAuthorization(PlatformClaims.Policies.Reviewer);
        items.MapGet("/", (HttpContext http, ReviewDbContext db, TimeProvider clock, ReviewItemStatus? status, ReviewItemKind? kind, string? submittedFrom,
                string? submittedTo, string? department, bool? claimedByMe, Guid? after, CancellationToken ct, int page = 1, int pageSize = 20) =>
                ReviewQueue.ListAsync(http, db, clock, status, kind, submittedFrom, submittedTo, department, claimedByMe, after, page, pageSize, ct))
            .WithSummary("本辖区事项（按状态、类型、提交日期、部门、我领取的筛选；提交早的在前；按页码或 after=上页最后一项翻页）");
        items.MapGet("/counts", (HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken ct) =>
            ReviewQueueCounts.GetAsync(http, db, clock, ct)).WithSummary("本辖区各类事项各状态数量、我领取的数量");
        items.MapGet("/{id:guid}", (Guid id, HttpContext http, ReviewDbContext db, CancellationToken ct) =>
            ReviewItemQueries.GetAsync(id, http, db, ct)).WithSummary("查看事项");
        items.MapGet("/{id:guid}/decisions", (Guid id, HttpContext http, ReviewDbContext db, CancellationToken ct) =>
            ReviewItemQueries.ListDecisionsAsync(id, http, db, ct)).WithSummary("审核记录：该事项及其此前各版本（谁、何时、哪个版本、前后状态、意见）");
        items.MapPost("/{id:guid}/claim", (Guid id, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken ct) =>
            ReviewClaiming.ClaimAsync(id, http, db, clock, ct)).WithSummary("领取事项（30分钟内他人不能审核）");
        items.MapPost("/{id:guid}/release", (Guid id, HttpContext http, ReviewDbContext db, CancellationToken ct) =>
            ReviewClaiming.ReleaseAsync(id, http, db, ct)).WithSummary("放弃领取");
        items.MapPost("/{id:guid}/approve", (Guid id, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken ct) =>
            ReviewDecisions.ApproveAsync(id, http, db, clock, ct)).WithSummary("审核通过");
        items.MapPost("/{id:guid}/reject", (Guid id, RejectRequest request, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken ct) =>
            ReviewDecisions.RejectAsync(id, request, http, db, clock, ct)).WithSummary("审核不通过");
        return app;
    }
}
