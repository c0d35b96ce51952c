using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Figures;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Review;

/// <summary>Per department of the reviewer's division: pending now, decided today, median time to decision (rules in Figures/).</summary>
public static class ReviewFiguresApi
{
    public static IEndpointRouteBuilder MapReviewFiguresApi(this IEndpointRouteBuilder app)
    {
        var figures = app.MapGroup("/api/review/figures").WithTags("Review figures").RequireAuthorization(PlatformClaims.Policies.Reviewer);
        figures.MapGet("/", (HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken ct) =>
            ReviewFigures.GetAsync(http, db, clock, ct)).WithSummary("本辖区各部门审核统计");
        return app;
    }
}
