using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Passwords;

/// <summary>Changing one's password with the current one; every session of the account ends.</summary>
public static class PasswordChange
{
    public static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(
        ChangePasswordRequest request, HttpContext http, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, UserSessions sessions,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == http.User.GetUserId(), cancellationToken);
        if (user is null) return IdentityProblems.UserNotFound();
        if (string.IsNullOrEmpty(request.CurrentPassword)
            || hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
            return ApiProblem.Validation("IDENTITY_PASSWORD_INCORRECT", new Dictionary<string, string[]> { ["currentPassword"] = ["原密码不正确"] });
        if (NewPassword.Errors(request.NewPassword, request.ConfirmPassword, user) is { Count: > 0 } errors)
            return IdentityProblems.PasswordInvalid(errors);
        if (request.NewPassword == request.CurrentPassword)
            return IdentityProblems.PasswordInvalid(new Dictionary<string, string[]> { ["newPassword"] = ["新密码不能与原密码相同"] });

        NewPassword.Set(user, request.NewPassword!, hasher, clock);
        await sessions.EndAllAsync(user, cancellationToken);
        return TypedResults.NoContent();
    }
}
