using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.Review.Items;

namespace AccountingPlatform.Review;

/// <summary>The review queues of a reviewer's division: list, open, audit, claim, approve, reject (rules in Items/).</summary>
public static class ReviewItemsApi
{
    public static IEndpointRouteBuilder MapReviewItemsApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/api/review/items").WithTags("Review items")
            .RequireAuthorization(PlatformClaims.Policies.Reviewer);
        items.MapGet("/", ReviewItemQueries.ListAsync).WithSummary("本辖区待审/已审事项");
        items.MapGet("/{id:guid}", ReviewItemQueries.GetAsync).WithSummary("查看事项");
        items.MapGet("/{id:guid}/decisions", ReviewItemQueries.ListDecisionsAsync).WithSummary("审核记录（谁、何时、哪个版本、前后状态）");
        items.MapPost("/{id:guid}/claim", ReviewClaiming.ClaimAsync).WithSummary("领取事项（30分钟内他人不能审核）");
        items.MapPost("/{id:guid}/release", ReviewClaiming.ReleaseAsync).WithSummary("放弃领取");
        items.MapPost("/{id:guid}/approve", ReviewDecisions.ApproveAsync).WithSummary("审核通过");
        items.MapPost("/{id:guid}/reject", ReviewDecisions.RejectAsync).WithSummary("审核不通过");
        return app;
    }
}
