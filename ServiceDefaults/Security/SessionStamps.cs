using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AccountingPlatform.ServiceDefaults.Security;

/// <summary>
/// Ends sessions at once, on every service and every instance. Access tokens carry the account's security stamp
/// (claim <c>sst</c>) and their session (claim <c>sid</c>, the login the token was refreshed from). When Identity
/// changes the stamp (password changed or reset) it records the new one in Redis, and when a session ends (logout, a
/// stolen refresh token) it records that session as ended, each for longer than any access token lives; every service
/// refuses tokens that carry an older stamp or an ended session. Without a record a token is accepted: tokens are
/// short-lived, so a lost record only lets an old token run out its remaining minutes.
/// </summary>
public static class SessionStamps
{
    /// <summary>Longer than the longest access-token lifetime Identity may be configured with.</summary>
    public static readonly TimeSpan RecordLifetime = TimeSpan.FromDays(1);

    private static RedisKey Key(Guid userId) => $"auth:security-stamp:{userId:N}";
    private static RedisKey EndedKey(Guid sessionId) => $"auth:session-ended:{sessionId:N}";

    public static Task RecordAsync(IConnectionMultiplexer redis, Guid userId, string stamp) =>
        redis.GetDatabase().StringSetAsync(Key(userId), stamp, RecordLifetime);

    /// <summary>Every access token of the session is refused from now on.</summary>
    public static Task RecordEndedAsync(IConnectionMultiplexer redis, Guid sessionId) =>
        redis.GetDatabase().StringSetAsync(EndedKey(sessionId), "1", RecordLifetime);

    /// <summary>False when the token's stamp is older than the account's current one, or its session has ended.</summary>
    public static async Task<bool> IsCurrentAsync(IConnectionMultiplexer redis, Guid userId, string? tokenStamp, ILogger logger, Guid? sessionId = null)
    {
        try
        {
            var database = redis.GetDatabase();
            if (sessionId is not { } session)
            {
                var stamp = await database.StringGetAsync(Key(userId));
                return stamp.IsNullOrEmpty || stamp == tokenStamp;
            }
            var values = await database.StringGetAsync([Key(userId), EndedKey(session)]);
            return (values[0].IsNullOrEmpty || values[0] == tokenStamp) && values[1].IsNullOrEmpty;
        }
        catch (RedisException ex)
        {
            logger.LogWarning(ex, "Could not read the session stamp; accepting the token until it expires");
            return true;
        }
    }
}
