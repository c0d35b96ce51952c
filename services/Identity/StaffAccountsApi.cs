using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity;

/// <summary>Administrators keep the staff accounts: create reviewers (with the division they review) and administrators, find them, disable and enable them (rules in Accounts/).</summary>
public static class StaffAccountsApi
{
    public static IEndpointRouteBuilder MapStaffAccountsApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/identity/staff-accounts").WithTags("Staff accounts").RequireAuthorization(PlatformClaims.Policies.Admin);
        staff.MapGet("/", (IdentityDbContext db, CancellationToken ct, string? role, string? division, string? q, bool includeDisabled = false, int page = 1, int pageSize = 20) =>
            StaffAccountList.ListAsync(role, division, q, includeDisabled, page, pageSize, db, ct)).WithSummary("工作人员账号：按角色、行政区划（含下级）、姓名或手机号查找（管理员）");
        staff.MapPost("/", (StaffAccountRequest request, HttpContext http, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider clock,
                ILogger<StaffAccountView> logger, CancellationToken ct) => StaffAccountCreation.CreateAsync(request, http, db, hasher, clock, logger, ct))
            .WithSummary("创建审核人员或管理员账号（管理员）");
        staff.MapPost("/{id:guid}/disable", (Guid id, HttpContext http, IdentityDbContext db, UserSessions sessions, TimeProvider clock, ILogger<StaffAccountView> logger,
            CancellationToken ct) => StaffAccountAccess.SetAsync(id, disable: true, http, db, sessions, clock, logger, ct)).WithSummary("停用工作人员账号：不能再登录，已登录的会话立即失效（管理员）");
        staff.MapPost("/{id:guid}/enable", (Guid id, HttpContext http, IdentityDbContext db, UserSessions sessions, TimeProvider clock, ILogger<StaffAccountView> logger,
            CancellationToken ct) => StaffAccountAccess.SetAsync(id, disable: false, http, db, sessions, clock, logger, ct)).WithSummary("启用已停用的工作人员账号（管理员）");
        return app;
    }
}
