using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>A refresh token exchanged for new tokens; it works once (<see cref="UserSessions.RefreshAsync"/>).</summary>
public static class SessionRefresh
{
    public static async Task<Results<Ok<SessionTokens>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, UserSessions sessions, CancellationToken cancellationToken)
    {
        if (!request.IsWellFormed()) return IdentityProblems.RefreshTokenRequired();
        return await sessions.RefreshAsync(request.RefreshToken!, cancellationToken) is { } tokens
            ? TypedResults.Ok(tokens)
            : ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_SESSION_ENDED", "登录已失效，请重新登录");
    }
}
