using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using System.Security.Claims;

namespace AccountingPlatform.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Validates access tokens issued by Identity, whose signing keys are read from its JWKS
    /// (discovered at <c>services:identity:http:0</c>). Every endpoint needs an authenticated user
    /// unless it says <c>AllowAnonymous</c>. Registers <see cref="PaymentContactTokenReader"/>, which reads Identity's
    /// payment-contact tokens with the same keys.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        var identityUrl = builder.Configuration["services:identity:http:0"]
            ?? throw new InvalidOperationException("services:identity:http:0 (the Identity service address) is not configured.");

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.Authority = identityUrl.TrimEnd('/');
            o.RequireHttpsMetadata = identityUrl.StartsWith("https", StringComparison.OrdinalIgnoreCase);
            o.Audience = PlatformClaims.Audience;
            o.MapInboundClaims = false;
            o.RefreshInterval = TimeSpan.FromSeconds(30);
            o.TokenValidationParameters.NameClaimType = PlatformClaims.Subject;
            o.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
            o.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            o.Events = new JwtBearerEvents
            {
                OnChallenge = ctx =>
                {
                    ctx.HandleResponse();
                    return WriteProblemAsync(ctx.HttpContext, StatusCodes.Status401Unauthorized, "请先登录，或登录已过期，请重新登录");
                },
                OnTokenValidated = async ctx =>
                {
                    if (ctx.HttpContext.RequestServices.GetService<IConnectionMultiplexer>() is not { } redis) return;
                    var userId = ctx.Principal?.FindFirstValue(PlatformClaims.Subject);
                    if (!Guid.TryParse(userId, out var id)) { ctx.Fail("The token carries no user id."); return; }
                    var logger = ctx.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionStamps));
                    var session = Guid.TryParse(ctx.Principal?.FindFirstValue(PlatformClaims.Session), out var sid) ? sid : (Guid?)null;
                    if (!await SessionStamps.IsCurrentAsync(redis, id, ctx.Principal?.FindFirstValue(PlatformClaims.SecurityStamp), logger, session))
                        ctx.Fail("The session has ended (logout, password changed or reset).");
                },
                OnForbidden = ctx => WriteProblemAsync(ctx.HttpContext, StatusCodes.Status403Forbidden, "您没有执行该操作的权限"),
            };
        });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PlatformClaims.Policies.Candidate, p => p.RequireRole(PlatformClaims.Roles.Candidate))
            .AddPolicy(PlatformClaims.Policies.Reviewer, p => p.RequireRole(PlatformClaims.Roles.Reviewer).RequireClaim(PlatformClaims.Division))
            .AddPolicy(PlatformClaims.Policies.Admin, p => p.RequireRole(PlatformClaims.Roles.Admin));
        builder.Services.AddSingleton<PaymentContactTokenReader>();
        return builder;
    }

    private static async Task WriteProblemAsync(HttpContext http, int status, string detail)
    {
        var codes = http.RequestServices.GetRequiredService<ServiceErrorCodes>();
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = codes.Problem(status, detail),
        });
    }
}
