using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity;

/// <summary>Administrators create reviewer accounts (with the division they review) and other administrators (rules in Accounts/).</summary>
public static class StaffAccountsApi
{
    public static IEndpointRouteBuilder MapStaffAccountsApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/identity/staff-accounts").WithTags("Staff accounts").RequireAuthorization(PlatformClaims.Policies.Admin);
        staff.MapPost("/", (StaffAccountRequest request, HttpContext http, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider clock,
                ILogger<StaffAccountView> logger, CancellationToken ct) => StaffAccountCreation.CreateAsync(request, http, db, hasher, clock, logger, ct))
            .WithSummary("创建审核人员或管理员账号（管理员）");
        return app;
    }
}
