using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AccountingPlatform.ServiceDefaults.Security;

/// <summary>
/// Ends every session of a user at once. Access tokens carry the account's security stamp (claim <c>sst</c>); when
/// Identity changes the stamp (password changed or reset) it records the new one in Redis for longer than any access
/// token lives, and every service refuses tokens that carry an older stamp. Without a record a token is accepted:
/// tokens are short-lived, so a lost record only lets an old token run out its remaining minutes.
/// </summary>
public static class SessionStamps
{
    /// <summary>Longer than the longest access-token lifetime Identity may be configured with.</summary>
    public static readonly TimeSpan RecordLifetime = TimeSpan.FromDays(1);

    private static RedisKey Key(Guid userId) => $"auth:security-stamp:{userId:N}";

    public static Task RecordAsync(IConnectionMultiplexer redis, Guid userId, string stamp) =>
        redis.GetDatabase().StringSetAsync(Key(userId), stamp, RecordLifetime);

    /// <summary>False when the token's stamp is older than the account's current one.</summary>
    public static async Task<bool> IsCurrentAsync(IConnectionMultiplexer redis, Guid userId, string? tokenStamp, ILogger logger)
    {
        try
        {
            var current = await redis.GetDatabase().StringGetAsync(Key(userId));
            return current.IsNullOrEmpty || current == tokenStamp;
        }
        catch (RedisException ex)
        {
            logger.LogWarning(ex, "Could not read the session stamp; accepting the token until it expires");
            return true;
        }
    }
}
