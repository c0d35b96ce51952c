using AccountingPlatform.Identity.Sessions;

namespace AccountingPlatform.Identity;

/// <summary>Sessions: login (a session's first tokens), refresh (rotating the refresh token) and logout (rules in Sessions/).</summary>
public static class TokensApi
{
    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/identity/tokens").WithTags("Tokens");
        tokens.MapPost("/", (LoginRequest request, [AsParameters] LoginServices services, HttpContext http, CancellationToken ct) =>
                Login.LogInAsync(request, services, http, ct)).AllowAnonymous()
            .WithSummary("登录（手机号或证件号码 + 密码 + 图形验证码；多次输错密码后另需发送至账号手机的短信验证码，用途 Login）");
        tokens.MapPost("/refresh", (RefreshRequest request, UserSessions sessions, CancellationToken ct) =>
            SessionRefresh.RefreshAsync(request, sessions, ct)).AllowAnonymous().WithSummary("用刷新令牌换取新的令牌（刷新令牌一次有效）");
        tokens.MapPost("/revoke", (RefreshRequest request, UserSessions sessions, HttpContext http, CancellationToken ct) =>
            Logout.LogOutAsync(request, sessions, http, ct)).WithSummary("退出登录（结束该会话：刷新令牌与访问令牌在所有服务立即失效）");
        return app;
    }
}
