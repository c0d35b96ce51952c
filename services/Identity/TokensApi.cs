using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Tokens;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity;

public static class TokensApi
{
    public sealed record LoginRequest(string? Account, string? Password);
    public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string Role);

    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity/tokens").WithTags("Tokens")
            .MapPost("/", LoginAsync).AllowAnonymous().WithSummary("登录（手机号或证件号码 + 密码）");
        return app;
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, TokenIssuer tokens,
        ILogger<LoginRequest> logger, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Account) || string.IsNullOrEmpty(request.Password))
            return ApiProblem.Validation("IDENTITY_LOGIN_INCOMPLETE", new Dictionary<string, string[]> { ["account"] = ["请输入账号和密码"] });

        var account = request.Account.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Phone == account || u.CertificateNumber == account, cancellationToken);
        if (user is null || hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            logger.LogInformation("Failed login for {Account}", PersonalData.MaskCertificateNumber(account));
            return ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_CREDENTIALS_INVALID", "账号或密码错误");
        }

        var token = tokens.Issue(user);
        return TypedResults.Ok(new TokenResponse(token.Token, "Bearer", token.ExpiresAt, user.Role));
    }
}
