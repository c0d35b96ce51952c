using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Passwords;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.Identity.Sms;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity;

/// <summary>Changing one's password, and recovering it (找回密码). Either way every session of the account ends (rules in Passwords/).</summary>
public static class PasswordsApi
{
    public static IEndpointRouteBuilder MapPasswordsApi(this IEndpointRouteBuilder app)
    {
        var passwords = app.MapGroup("/api/identity").WithTags("Passwords");
        passwords.MapPut("/users/me/password", (ChangePasswordRequest request, HttpContext http, IdentityDbContext db, IPasswordHasher<UserAccount> hasher,
                UserSessions sessions, TimeProvider clock, CancellationToken ct) => PasswordChange.ChangeAsync(request, http, db, hasher, sessions, clock, ct))
            .WithSummary("修改密码（所有登录会话随之结束）");
        passwords.MapPost("/password-resets", (ResetPasswordRequest request, IdentityDbContext db, SmsCodes smsCodes, IPasswordHasher<UserAccount> hasher,
                UserSessions sessions, LoginAttempts attempts, TimeProvider clock, ILogger<ResetPasswordRequest> logger, CancellationToken ct) =>
                PasswordReset.ResetAsync(request, db, smsCodes, hasher, sessions, attempts, clock, logger, ct)).AllowAnonymous()
            .WithSummary("找回密码：证件号码 + 手机号码 + 短信验证码，设置新密码（所有登录会话随之结束）");
        return app;
    }
}
