using System.Security.Claims;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>
/// Logout ends the session everywhere at once: its refresh tokens are revoked, and its access tokens are refused by
/// every service from the next request on (<see cref="SessionStamps"/>), not only when they run out.
/// </summary>
public static class Logout
{
    public static async Task<Results<NoContent, ProblemHttpResult>> LogOutAsync(
        RefreshRequest request, UserSessions sessions, HttpContext http, CancellationToken cancellationToken)
    {
        if (!request.IsWellFormed()) return IdentityProblems.RefreshTokenRequired();
        var accessTokenSession = Guid.TryParse(http.User.FindFirstValue(PlatformClaims.Session), out var sid) ? sid : (Guid?)null;
        await sessions.EndAsync(http.User.GetUserId(), request.RefreshToken!, accessTokenSession, cancellationToken);
        return TypedResults.NoContent();
    }
}
