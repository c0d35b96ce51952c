using AccountingPlatform.Divisions;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>
/// The staff accounts (reviewers and administrators, never candidates) an administrator looks for: by role, by division
/// (that division and every one inside it, <see cref="DivisionScope"/>), by a part of the name or phone; the disabled ones
/// only when asked. Ordered by division, then name.
/// </summary>
public static class StaffAccountList
{
    public const int MaxQueryLength = 50;

    public static async Task<Results<Ok<PagedList<StaffAccountView>>, ProblemHttpResult>> ListAsync(
        string? role, string? division, string? q, bool includeDisabled, int page, int pageSize, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize) ?? [];
        if (role is not (null or PlatformClaims.Roles.Reviewer or PlatformClaims.Roles.Admin)) errors["role"] = ["角色须为 reviewer 或 admin"];
        if (division is not null && DivisionTree.Instance.Find(division) is null) errors["division"] = ["行政区划代码不存在"];
        if (q is { Length: > MaxQueryLength }) errors["q"] = [$"查询内容不能超过{MaxQueryLength}个字"];
        if (errors.Count > 0) return ApiProblem.Validation("IDENTITY_STAFF_QUERY_INVALID", errors);

        var staff = db.Users.AsNoTracking().Where(u => u.Role == PlatformClaims.Roles.Reviewer || u.Role == PlatformClaims.Roles.Admin);
        if (role is not null) staff = staff.Where(u => u.Role == role);
        if (division is not null)
        {
            var prefix = DivisionScope.PrefixOf(division);
            staff = staff.Where(u => u.DivisionCode != null && u.DivisionCode.StartsWith(prefix));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            staff = staff.Where(u => u.Name.Contains(text) || u.Phone.Contains(text));
        }
        if (!includeDisabled) staff = staff.Where(u => u.DisabledAt == null);
        var total = await staff.CountAsync(cancellationToken);
        var rows = await staff.OrderBy(u => u.DivisionCode).ThenBy(u => u.Name).ThenBy(u => u.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<StaffAccountView>(rows.Select(StaffAccountView.Of).ToList(), page, pageSize, total));
    }
}
