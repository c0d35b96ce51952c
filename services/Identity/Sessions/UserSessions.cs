using System.Security.Cryptography;
using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Tokens;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>Starts, refreshes (rotating the refresh token) and ends a user's sessions (a session: one login and every token refreshed from it).</summary>
public sealed class UserSessions(
    IdentityDbContext db, TokenIssuer tokens, IOptions<AccessTokenOptions> options, IConnectionMultiplexer redis,
    TimeProvider clock, ILogger<UserSessions> logger)
{
    public async Task<SessionTokens> StartAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var (refreshToken, row) = NewRefreshToken(user.Id, Guid.CreateVersion7());
        db.RefreshTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Tokens(user, refreshToken, row);
    }

    /// <summary>A new access token and a new refresh token for a valid one; null when it is unknown, expired or revoked, or its account disabled.</summary>
    public async Task<SessionTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = Hash(refreshToken);
        var current = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (current is null || current.RevokedAt is not null || current.ExpiresAt <= now) return null;

        // Claim it atomically: of two uses of the same token only one rotates it.
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == current.Id && t.ReplacedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacedAt, now), cancellationToken);
        if (claimed == 0)
        {
            // A rotated token came back: someone holds a copy. End that session for everyone.
            logger.LogWarning("Refresh token of session {FamilyId} was reused; ending the session", current.FamilyId);
            await EndSessionAsync(current.FamilyId, now, cancellationToken);
            return null;
        }
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == current.UserId, cancellationToken);
        if (user.DisabledAt is not null) return null;
        var (next, row) = NewRefreshToken(user.Id, current.FamilyId);
        db.RefreshTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Tokens(user, next, row);
    }

    /// <summary>
    /// Logout: ends the session the refresh token belongs to, if it is the user's, and the session of the access token
    /// it was asked with; their access tokens are refused by every service from now on.
    /// </summary>
    public async Task EndAsync(Guid userId, string refreshToken, Guid? accessTokenSession, CancellationToken cancellationToken)
    {
        var hash = Hash(refreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash && t.UserId == userId)
            .Select(t => (Guid?)t.FamilyId).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var session in new[] { familyId, accessTokenSession }.OfType<Guid>().Distinct())
        {
            await EndSessionAsync(session, now, cancellationToken);
        }
    }

    /// <summary>
    /// Ends every session of the user: a new security stamp (saved with the caller's other changes), every refresh
    /// token revoked, and the stamp published so services refuse the access tokens already issued.
    /// </summary>
    public async Task EndAllAsync(UserAccount user, CancellationToken cancellationToken)
    {
        user.SecurityStamp = UserAccount.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        try
        {
            await SessionStamps.RecordAsync(redis, user.Id, user.SecurityStamp);
        }
        catch (RedisException ex)
        {
            // The password change stands; access tokens already issued then run out their minutes.
            logger.LogError(ex, "Could not publish the new session stamp of {UserId}", user.Id);
        }
    }

    /// <summary>The session's refresh tokens revoked, and the session recorded as ended for every service to refuse its access tokens.</summary>
    private async Task EndSessionAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        try
        {
            await SessionStamps.RecordEndedAsync(redis, familyId);
        }
        catch (RedisException ex)
        {
            // The refresh tokens are dead; access tokens already issued then run out their minutes.
            logger.LogError(ex, "Could not publish the end of session {FamilyId}", familyId);
        }
    }

    private (string Token, RefreshToken Row) NewRefreshToken(Guid userId, Guid familyId)
    {
        var now = clock.GetUtcNow();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddHours(options.Value.RefreshTokenHours),
        });
    }

    private SessionTokens Tokens(UserAccount user, string refreshToken, RefreshToken row)
    {
        var access = tokens.Issue(user, row.FamilyId);
        return new SessionTokens(access.Token, "Bearer", access.ExpiresAt, refreshToken, row.ExpiresAt, user.Role);
    }

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}
