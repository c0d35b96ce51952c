using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity;

/// <summary>Candidate accounts: registration and the signed-in user (rules in Accounts/).</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/identity/users").WithTags("Users");
        users.MapPost("/", (RegistrationRequest request, IdentityDbContext db, SmsCodes smsCodes, IPasswordHasher<UserAccount> hasher, TimeProvider clock,
                ILogger<Registered> logger, CancellationToken ct) => Registration.RegisterAsync(request, db, smsCodes, hasher, clock, logger, ct))
            .AllowAnonymous().WithIdempotencyKey().WithSummary("注册（可带 Idempotency-Key 安全重试）");
        users.MapGet("/me", (HttpContext http, IdentityDbContext db, CancellationToken ct) => CurrentUser.GetAsync(http, db, ct)).WithSummary("当前用户信息");
        return app;
    }
}
