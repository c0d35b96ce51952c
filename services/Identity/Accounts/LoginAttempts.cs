using StackExchange.Redis;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>
/// Wrong passwords counted in Redis, per account and per (account, client address), expiring by themselves; the rule
/// is <see cref="LoginLockout"/>. A failure is counted, and a lock taken, in one atomic step.
/// </summary>
public sealed class LoginAttempts(IConnectionMultiplexer redis, TimeProvider clock)
{
    // KEYS: the pair's failures, the pair's lock (its end, Unix ms), the pair's locks today, the account's failures.
    // ARGV: failures per address, first lock ms, longest lock ms, now (Unix ms), pair window ms, account window ms.
    private const string FailScript = """
        local account = redis.call('INCR', KEYS[4])
        redis.call('PEXPIRE', KEYS[4], ARGV[6])
        local n = redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        if n < tonumber(ARGV[1]) then return {account, 0} end
        redis.call('DEL', KEYS[1])
        local locks = redis.call('INCR', KEYS[3])
        redis.call('PEXPIRE', KEYS[3], 86400000)
        local ms = math.floor(math.min(tonumber(ARGV[2]) * 2 ^ (locks - 1), tonumber(ARGV[3])))
        local untilMs = tonumber(ARGV[4]) + ms
        redis.call('SET', KEYS[2], untilMs, 'PX', ms)
        return {account, untilMs}
        """;

    public async Task<LoginAttemptState> StateAsync(Guid userId, string clientAddress)
    {
        var values = await redis.GetDatabase().StringGetAsync([LockKey(userId, clientAddress), AccountKey(userId)]);
        var lockedUntil = values[0].TryParse(out long untilMs) ? DateTimeOffset.FromUnixTimeMilliseconds(untilMs) : (DateTimeOffset?)null;
        return new LoginAttemptState(lockedUntil > clock.GetUtcNow() ? lockedUntil : null, values[1].TryParse(out long failures) ? failures : 0);
    }

    /// <summary>Counts a wrong password; the state after it (locked from this address when this failure locked it).</summary>
    public async Task<LoginAttemptState> FailAsync(Guid userId, string clientAddress)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(FailScript,
            [FailuresKey(userId, clientAddress), LockKey(userId, clientAddress), LocksKey(userId, clientAddress), AccountKey(userId)],
            [LoginLockout.FailuresPerAddress, (long)LoginLockout.Duration.TotalMilliseconds, (long)LoginLockout.MaxDuration.TotalMilliseconds,
             clock.GetUtcNow().ToUnixTimeMilliseconds(), (long)LoginLockout.AddressFailureWindow.TotalMilliseconds,
             (long)LoginLockout.AccountFailureWindow.TotalMilliseconds]))!;
        var untilMs = (long)result[1];
        return new LoginAttemptState(untilMs == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(untilMs), (long)result[0]);
    }

    /// <summary>The owner got in from this address: its failures there, its lock there, and the account's failures are forgotten.</summary>
    public Task SucceededAsync(Guid userId, string clientAddress) =>
        redis.GetDatabase().KeyDeleteAsync([FailuresKey(userId, clientAddress), LockKey(userId, clientAddress), AccountKey(userId)]);

    /// <summary>The password was reset by its owner: the failures against the old one no longer ask for an SMS code (locked addresses stay locked).</summary>
    public Task ForgetAccountFailuresAsync(Guid userId) => redis.GetDatabase().KeyDeleteAsync(AccountKey(userId));

    private static RedisKey AccountKey(Guid userId) => $"identity:login:failures:{userId:N}";
    private static RedisKey FailuresKey(Guid userId, string clientAddress) => $"identity:login:failures:{userId:N}:{clientAddress}";
    private static RedisKey LockKey(Guid userId, string clientAddress) => $"identity:login:lock:{userId:N}:{clientAddress}";
    private static RedisKey LocksKey(Guid userId, string clientAddress) => $"identity:login:locks:{userId:N}:{clientAddress}";
}
