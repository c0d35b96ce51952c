using AccountingPlatform.Divisions;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Departments;

/// <summary>The department directory as read: all of it, or the departments under one division.</summary>
public static class DepartmentDirectory
{
    public static async Task<Results<Ok<DepartmentView[]>, ProblemHttpResult>> ListAsync(ReviewDbContext db, string? under, CancellationToken cancellationToken)
    {
        // Only a division code can be a prefix; anything else (a NUL, which PostgreSQL cannot take in text) is refused.
        if (!string.IsNullOrEmpty(under) && (under.Length != 6 || !under.All(char.IsAsciiDigit)))
            return ApiProblem.Validation("REVIEW_DEPARTMENT_INVALID", new Dictionary<string, string[]> { ["under"] = ["行政区划代码应为6位数字"] });
        var query = db.Departments.AsNoTracking();
        if (!string.IsNullOrEmpty(under)) query = query.Where(d => d.DivisionCode.StartsWith(DivisionScope.PrefixOf(under)));
        var rows = await query.OrderBy(d => d.DivisionCode).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(DepartmentView.Of).ToArray());
    }
}
