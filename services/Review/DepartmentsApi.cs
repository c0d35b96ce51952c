using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Departments;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review;

/// <summary>The department directory: kept by administrators, read by reviewers, copied to review notices by event.</summary>
public static class DepartmentsApi
{
    public sealed record DepartmentRequest(string? Name, string? Phone, string? Address);
    public sealed record DepartmentView(string DivisionCode, string DivisionName, string Name, string Phone, string Address, DateTimeOffset UpdatedAt);

    public static IEndpointRouteBuilder MapDepartmentsApi(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/review/departments").WithTags("Departments");
        departments.MapGet("/", ListAsync).WithSummary("会计管理部门名录");
        departments.MapPut("/{divisionCode}", SaveAsync).RequireAuthorization(PlatformClaims.Policies.Admin).WithSummary("登记或修改会计管理部门（管理员）");
        return app;
    }

    public static async Task<Results<Ok<DepartmentView[]>, ProblemHttpResult>> ListAsync(ReviewDbContext db, string? under, CancellationToken cancellationToken)
    {
        // Only a division code can be a prefix; anything else (a NUL, which PostgreSQL cannot take in text) is refused.
        if (!string.IsNullOrEmpty(under) && (under.Length != 6 || !under.All(char.IsAsciiDigit)))
            return ApiProblem.Validation("REVIEW_DEPARTMENT_INVALID", new Dictionary<string, string[]> { ["under"] = ["行政区划代码应为6位数字"] });
        var query = db.Departments.AsNoTracking();
        if (!string.IsNullOrEmpty(under)) query = query.Where(d => d.DivisionCode.StartsWith(DivisionScope.PrefixOf(under)));
        var rows = await query.OrderBy(d => d.DivisionCode).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(ToView).ToArray());
    }

    public static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> SaveAsync(
        string divisionCode, DepartmentRequest request, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (DivisionTree.Instance.Find(divisionCode) is null) errors["divisionCode"] = ["行政区划代码不存在"];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) errors["name"] = ["请填写部门名称（不超过100字）"];
        if (string.IsNullOrWhiteSpace(request.Phone) || request.Phone.Length > 40) errors["phone"] = ["请填写联系电话"];
        if (string.IsNullOrWhiteSpace(request.Address) || request.Address.Length > 200) errors["address"] = ["请填写办公地址（不超过200字）"];
        if (errors.Count > 0) return ApiProblem.Validation("REVIEW_DEPARTMENT_INVALID", errors);

        var now = clock.GetUtcNow();
        var adminId = http.User.GetUserId();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.DivisionCode == divisionCode, cancellationToken);
        if (department is null)
        {
            department = new Department { DivisionCode = divisionCode, Name = "", Phone = "", Address = "" };
            db.Departments.Add(department);
        }
        (department.Name, department.Phone, department.Address) = (request.Name!.Trim(), request.Phone!.Trim(), request.Address!.Trim());
        (department.UpdatedAt, department.UpdatedBy) = (now, adminId);
        db.AddIntegrationEvent(new DepartmentUpdated(divisionCode, department.Name, department.Phone, department.Address, adminId, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToView(department));
    }

    private static DepartmentView ToView(Department d) =>
        new(d.DivisionCode, DivisionTree.Instance.FullName(d.DivisionCode), d.Name, d.Phone, d.Address, d.UpdatedAt);
}
