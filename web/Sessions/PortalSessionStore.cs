using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace AccountingPlatform.Web.Sessions;

/// <summary>
/// The server side of a portal session: its tokens in Redis under a random session id, encrypted with the Data
/// Protection keys every portal instance shares, so any instance serves any person. Ending a session deletes the
/// entry, and every instance refuses the cookie from its next request on.
/// </summary>
public sealed class PortalSessionStore(IConnectionMultiplexer redis, IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("AccountingPlatform.Web.Sessions.v1");

    public async Task<string> StartAsync(PortalTokens tokens)
    {
        var sessionId = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        await SaveAsync(sessionId, tokens);
        return sessionId;
    }

    public async Task<PortalTokens?> GetAsync(string sessionId)
    {
        var stored = await redis.GetDatabase().StringGetAsync(Key(sessionId));
        if (stored.IsNullOrEmpty) return null;
        try
        {
            return JsonSerializer.Deserialize<PortalTokens>(_protector.Unprotect((string)stored!));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;   // written with keys no longer known: as good as ended
        }
    }

    /// <summary>Kept as long as the refresh token lasts.</summary>
    public Task SaveAsync(string sessionId, PortalTokens tokens)
    {
        var lifetime = tokens.RefreshTokenExpiresAt - clock.GetUtcNow();
        return redis.GetDatabase().StringSetAsync(Key(sessionId), _protector.Protect(JsonSerializer.Serialize(tokens)),
            lifetime > TimeSpan.Zero ? lifetime : TimeSpan.FromSeconds(1));
    }

    public Task EndAsync(string sessionId) => redis.GetDatabase().KeyDeleteAsync(Key(sessionId));

    /// <summary>One instance at a time refreshes a session's tokens (Identity's refresh tokens are single use).</summary>
    public async Task<IAsyncDisposable?> TryLockRefreshAsync(string sessionId)
    {
        var key = $"portal:session-refresh:{sessionId}";
        var owner = Guid.NewGuid().ToString("N");
        var database = redis.GetDatabase();
        if (!await database.StringSetAsync(key, owner, TimeSpan.FromSeconds(15), When.NotExists)) return null;
        return new RefreshLock(database, key, owner);
    }

    private static RedisKey Key(string sessionId) => $"portal:session:{sessionId}";

    private sealed class RefreshLock(IDatabase database, string key, string owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (await database.StringGetAsync(key) == owner) await database.KeyDeleteAsync(key);
        }
    }
}
