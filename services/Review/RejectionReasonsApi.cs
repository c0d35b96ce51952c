using AccountingPlatform.Review.Reasons;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Review;

/// <summary>The common reasons a reviewer chooses from when rejecting, per kind of item (kept in Reasons/).</summary>
public static class RejectionReasonsApi
{
    public static IEndpointRouteBuilder MapRejectionReasonsApi(this IEndpointRouteBuilder app)
    {
        var reasons = app.MapGroup("/api/review/rejection-reasons").WithTags("Rejection reasons").RequireAuthorization(PlatformClaims.Policies.Reviewer);
        reasons.MapGet("/", () => TypedResults.Ok(RejectionReasons.All)).WithSummary("常用审核不通过原因（按事项类型）");
        return app;
    }
}
