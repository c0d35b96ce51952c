using AccountingPlatform.Identity.Data;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>Who is signed in: the account behind the access token.</summary>
public static class CurrentUser
{
    public static async Task<Results<Ok<Me>, ProblemHttpResult>> GetAsync(HttpContext http, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return IdentityProblems.UserNotFound();
        return TypedResults.Ok(new Me(user.Id, user.Name, user.CertificateType, user.CertificateNumber, user.Phone, user.Role, user.DivisionCode));
    }
}
