using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>
/// An administrator disables a staff account (it can no longer log in, and every session and token of it ends at once,
/// as a password change ends them) or enables it again. Idempotent; nobody disables their own account.
/// </summary>
public static class StaffAccountAccess
{
    public static async Task<Results<Ok<StaffAccountView>, ProblemHttpResult>> SetAsync(
        Guid id, bool disable, HttpContext http, IdentityDbContext db, UserSessions sessions, TimeProvider clock, ILogger<StaffAccountView> logger,
        CancellationToken cancellationToken)
    {
        var actor = http.User.GetUserId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        switch (Decide(user, actor, disable))
        {
            case StaffAccountAccessChange.NotFound:
                return ApiProblem.NotFound("IDENTITY_STAFF_ACCOUNT_NOT_FOUND", "工作人员账号不存在");
            case StaffAccountAccessChange.OwnAccount:
                return ApiProblem.Conflict("IDENTITY_CANNOT_DISABLE_SELF", "不能停用自己的账号");
            case StaffAccountAccessChange.Disable:
                user!.DisabledAt = clock.GetUtcNow();
                user.DisabledBy = actor;
                await sessions.EndAllAsync(user, cancellationToken);   // saves, with a new security stamp
                logger.LogInformation("Administrator {AdminId} disabled {Role} account {UserId}", actor, user.Role, user.Id);
                break;
            case StaffAccountAccessChange.Enable:
                user!.DisabledAt = null;
                user.DisabledBy = null;
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Administrator {AdminId} enabled {Role} account {UserId}", actor, user.Role, user.Id);
                break;
        }
        return TypedResults.Ok(StaffAccountView.Of(user!));
    }

    /// <summary>The change to make, from the account loaded (null when unknown), who asks, and what they ask.</summary>
    public static StaffAccountAccessChange Decide(UserAccount? user, Guid actor, bool disable)
    {
        if (user is null || user.Role is not (PlatformClaims.Roles.Reviewer or PlatformClaims.Roles.Admin)) return StaffAccountAccessChange.NotFound;
        if (disable && user.Id == actor) return StaffAccountAccessChange.OwnAccount;
        if (disable == user.DisabledAt is not null) return StaffAccountAccessChange.Unchanged;
        return disable ? StaffAccountAccessChange.Disable : StaffAccountAccessChange.Enable;
    }
}
