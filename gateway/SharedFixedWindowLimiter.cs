using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace AccountingPlatform.Gateway;

/// <summary>
/// A fixed-window limit counted in Redis, so every gateway instance counts into the same window (<see cref="SharedWindow"/>):
/// a client spreading its requests over several instances gets the limit once, not once per instance. Redis not
/// answering lets the request through (logged): the services' own guards (captcha, lockout, SMS caps) stay in force.
/// </summary>
public sealed class SharedFixedWindowLimiter(IConnectionMultiplexer redis, string key, int permitLimit, TimeSpan window, TimeProvider clock, ILogger logger)
    : RateLimiter
{
    // KEYS: the window's counter. ARGV: the window's length (ms). Counts the request and returns the window's count.
    private const string CountScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // Counting needs Redis, so the synchronous attempt never grants: the middleware then asks asynchronously.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        var current = SharedWindow.At(clock.GetUtcNow(), window);
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(CountScript,
                [$"gateway:rate:{key}:{current.Index}"], [(long)window.TotalMilliseconds]);
            return current.RetryAfter(count, permitLimit) is { } retryAfter ? Lease.Refused(retryAfter) : Lease.Granted;
        }
        catch (RedisException ex)
        {
            logger.LogWarning(ex, "Redis did not answer; {Key} is let through without counting", key);
            return Lease.Granted;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static Lease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;
        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
