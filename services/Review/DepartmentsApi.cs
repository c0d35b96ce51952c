using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Departments;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Review;

/// <summary>The department directory: kept by administrators, read by reviewers, copied to review notices by event (rules in Departments/).</summary>
public static class DepartmentsApi
{
    public static IEndpointRouteBuilder MapDepartmentsApi(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/review/departments").WithTags("Departments");
        departments.MapGet("/", (ReviewDbContext db, string? under, CancellationToken ct) => DepartmentDirectory.ListAsync(db, under, ct))
            .WithSummary("会计管理部门名录");
        departments.MapPut("/{divisionCode}", (string divisionCode, DepartmentRequest request, HttpContext http, ReviewDbContext db, TimeProvider clock,
                CancellationToken ct) => DepartmentRegistration.SaveAsync(divisionCode, request, http, db, clock, ct))
            .RequireAuthorization(PlatformClaims.Policies.Admin).WithSummary("登记或修改会计管理部门（管理员）");
        return app;
    }
}
