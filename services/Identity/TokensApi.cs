using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity;

/// <summary>Login (a session's first tokens), refresh (rotating the refresh token) and logout.</summary>
public static class TokensApi
{
    /// <summary>
    /// <c>certificateType</c>: optional; needed only when two certificates of different types share the number.
    /// <c>smsCode</c>: a <c>Login</c> SMS code to the account's phone, needed only when wrong passwords have locked the
    /// account from this address (423 <c>IDENTITY_ACCOUNT_LOCKED</c>) or made it ask for one (401 <c>IDENTITY_LOGIN_SMS_REQUIRED</c>).
    /// </summary>
    public sealed record LoginRequest(string? Account, string? Password, Guid? CaptchaId, string? CaptchaCode, CertificateType? CertificateType = null, string? SmsCode = null);
    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/identity/tokens").WithTags("Tokens");
        tokens.MapPost("/", LoginAsync).AllowAnonymous()
            .WithSummary("登录（手机号或证件号码 + 密码 + 图形验证码；多次输错密码后另需发送至账号手机的短信验证码，用途 Login）");
        tokens.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithSummary("用刷新令牌换取新的令牌（刷新令牌一次有效）");
        tokens.MapPost("/revoke", LogoutAsync).WithSummary("退出登录（结束该刷新令牌所属的会话）");
        return app;
    }

    public static async Task<Results<Ok<SessionTokens>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, CaptchaStore captchas, LoginAttempts attempts,
        SmsCodes smsCodes, UserSessions sessions, HttpContext http, ILogger<LoginRequest> logger, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Account) || string.IsNullOrEmpty(request.Password))
            return ApiProblem.Validation("IDENTITY_LOGIN_INCOMPLETE", new Dictionary<string, string[]> { ["account"] = ["请输入账号和密码"] });
        if (await CaptchaAnswer.CheckAsync(captchas, request.CaptchaId, request.CaptchaCode) is { } captchaProblem)
            return captchaProblem;

        var account = request.Account.Trim().ToUpperInvariant();
        var (user, needsType) = await LoginAccounts.FindAsync(db, account, request.CertificateType, cancellationToken);
        if (needsType)
            return ApiProblem.Validation("IDENTITY_CERTIFICATE_TYPE_REQUIRED", new Dictionary<string, string[]> { ["certificateType"] = ["请选择证件类型后登录"] });

        // Locked from this address, or asking for an SMS code: no password is evaluated without the owner's code.
        var clientAddress = http.ClientAddress();
        if (user is not null && await attempts.StateAsync(user.Id, clientAddress) is { NeedsSmsCode: true } state)
        {
            if (string.IsNullOrEmpty(request.SmsCode))
                return state.LockedUntil is { } lockedUntil
                    ? Locked(lockedUntil, http)
                    : ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_LOGIN_SMS_REQUIRED", LoginLockout.SmsRequiredMessage);
            if (request.SmsCode.Length > 6 || !await smsCodes.ConsumeAsync(user.Phone, SmsPurpose.Login, request.SmsCode, clientAddress))
                return ApiProblem.BadRequest("IDENTITY_SMS_CODE_INVALID", "短信验证码错误或已失效，请重新获取");
        }

        // An unknown account costs one hash too, so the answer's timing does not tell which accounts exist.
        var passwordHash = user?.PasswordHash ?? UnknownAccountHash(hasher);
        if (hasher.VerifyHashedPassword(user!, passwordHash, request.Password) == PasswordVerificationResult.Failed || user is null)
        {
            logger.LogInformation("Failed login for {Account} from {ClientAddress}", PersonalData.MaskAccount(account), clientAddress);
            if (user is not null && (await attempts.FailAsync(user.Id, clientAddress)).LockedUntil is { } lockedUntil)
            {
                logger.LogWarning("Account {UserId} locked from {ClientAddress} until {LockedUntil} after {Failures} wrong passwords",
                    user.Id, clientAddress, lockedUntil, LoginLockout.FailuresPerAddress);
                return Locked(lockedUntil, http);
            }
            return ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_CREDENTIALS_INVALID", "账号或密码错误");
        }

        await attempts.SucceededAsync(user.Id, clientAddress);
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

    private static ProblemHttpResult Locked(DateTimeOffset lockedUntil, HttpContext http)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((lockedUntil - http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds)).ToString();
        return ApiProblem.Create(StatusCodes.Status423Locked, "IDENTITY_ACCOUNT_LOCKED", LoginLockout.LockedMessage(lockedUntil));
    }
}
