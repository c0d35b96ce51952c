using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity;

/// <summary>Login (a session's first tokens), refresh (rotating the refresh token) and logout.</summary>
public static class TokensApi
{
    /// <summary><c>certificateType</c>: optional; needed only when two certificates of different types share the number.</summary>
    public sealed record LoginRequest(string? Account, string? Password, Guid? CaptchaId, string? CaptchaCode, CertificateType? CertificateType = null);
    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/identity/tokens").WithTags("Tokens");
        tokens.MapPost("/", LoginAsync).AllowAnonymous().WithSummary("登录（手机号或证件号码 + 密码 + 图形验证码）");
        tokens.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithSummary("用刷新令牌换取新的令牌（刷新令牌一次有效）");
        tokens.MapPost("/revoke", LogoutAsync).WithSummary("退出登录（结束该刷新令牌所属的会话）");
        return app;
    }

    public static async Task<Results<Ok<SessionTokens>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, CaptchaStore captchas, UserSessions sessions,
        TimeProvider clock, HttpContext http, ILogger<LoginRequest> logger, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Account) || string.IsNullOrEmpty(request.Password))
            return ApiProblem.Validation("IDENTITY_LOGIN_INCOMPLETE", new Dictionary<string, string[]> { ["account"] = ["请输入账号和密码"] });
        if (await CaptchaAnswer.CheckAsync(captchas, request.CaptchaId, request.CaptchaCode) is { } captchaProblem)
            return captchaProblem;

        var account = request.Account.Trim().ToUpperInvariant();
        var (user, needsType) = await LoginAccounts.FindAsync(db, account, request.CertificateType, cancellationToken);
        if (needsType)
            return ApiProblem.Validation("IDENTITY_CERTIFICATE_TYPE_REQUIRED", new Dictionary<string, string[]> { ["certificateType"] = ["请选择证件类型后登录"] });
        var now = clock.GetUtcNow();
        if (user?.LockedUntil > now) return Locked(user.LockedUntil.Value, http);

        // An unknown account costs one hash too, so the answer's timing does not tell which accounts exist.
        var passwordHash = user?.PasswordHash ?? UnknownAccountHash(hasher);
        if (hasher.VerifyHashedPassword(user!, passwordHash, request.Password) == PasswordVerificationResult.Failed || user is null)
        {
            logger.LogInformation("Failed login for {Account}", PersonalData.MaskAccount(account));
            if (user is not null && await CountFailureAsync(db, user.Id, now, cancellationToken) is { } lockedUntil)
            {
                logger.LogWarning("Account {UserId} locked until {LockedUntil} after {Failures} wrong passwords", user.Id, lockedUntil, LoginLockout.MaxFailures);
                return Locked(lockedUntil, http);
            }
            return ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_CREDENTIALS_INVALID", "账号或密码错误");
        }

        if (user.FailedLogins != 0 || user.LockedUntil is not null)
        {
            user.FailedLogins = 0;
            user.LockedUntil = null;
        }
        return TypedResults.Ok(await sessions.StartAsync(user, cancellationToken));
    }

    public static async Task<Results<Ok<SessionTokens>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, UserSessions sessions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 100)
            return ApiProblem.Validation("IDENTITY_REFRESH_TOKEN_REQUIRED", new Dictionary<string, string[]> { ["refreshToken"] = ["缺少刷新令牌"] });
        return await sessions.RefreshAsync(request.RefreshToken, cancellationToken) is { } tokens
            ? TypedResults.Ok(tokens)
            : ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_SESSION_ENDED", "登录已失效，请重新登录");
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> LogoutAsync(
        RefreshRequest request, UserSessions sessions, HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 100)
            return ApiProblem.Validation("IDENTITY_REFRESH_TOKEN_REQUIRED", new Dictionary<string, string[]> { ["refreshToken"] = ["缺少刷新令牌"] });
        await sessions.EndAsync(http.User.GetUserId(), request.RefreshToken, cancellationToken);
        return TypedResults.NoContent();
    }

    private static string? _unknownAccountHash;

    private static string UnknownAccountHash(IPasswordHasher<UserAccount> hasher) =>
        _unknownAccountHash ??= hasher.HashPassword(null!, Guid.NewGuid().ToString());

    /// <summary>Counts a wrong password atomically; returns the lock's end when this one locks the account.</summary>
    private static async Task<DateTimeOffset?> CountFailureAsync(IdentityDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lockUntil = TruncateToMicroseconds(now + LoginLockout.Duration);   // as PostgreSQL stores it, to compare below
        var rows = await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LockedUntil, u => u.FailedLogins + 1 >= LoginLockout.MaxFailures ? lockUntil : u.LockedUntil)
                .SetProperty(u => u.FailedLogins, u => u.FailedLogins + 1 >= LoginLockout.MaxFailures ? 0 : u.FailedLogins + 1),
                cancellationToken);
        if (rows == 0) return null;
        var lockedUntil = await db.Users.Where(u => u.Id == userId).Select(u => u.LockedUntil).FirstAsync(cancellationToken);
        return lockedUntil == lockUntil ? lockUntil : null;
    }

    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value) => new(value.Ticks - value.Ticks % 10, value.Offset);

    private static ProblemHttpResult Locked(DateTimeOffset lockedUntil, HttpContext http)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((lockedUntil - http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds)).ToString();
        return ApiProblem.Create(StatusCodes.Status423Locked, "IDENTITY_ACCOUNT_LOCKED", LoginLockout.LockedMessage(lockedUntil));
    }
}
