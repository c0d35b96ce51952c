using StackExchange.Redis;

namespace AccountingPlatform.Identity.Captcha;

/// <summary>Captcha answers in Redis: valid three minutes, and any attempt (right or wrong) uses the captcha up.</summary>
public sealed class CaptchaStore(IConnectionMultiplexer redis)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(3);

    public async Task<Guid> CreateAsync(string answer)
    {
        var id = Guid.NewGuid();
        await redis.GetDatabase().StringSetAsync(Key(id), answer, Lifetime);
        return id;
    }

    public async Task<CaptchaCheck> ConsumeAsync(Guid id, string answer)
    {
        var expected = await redis.GetDatabase().StringGetDeleteAsync(Key(id));
        if (expected.IsNullOrEmpty) return CaptchaCheck.Expired;
        return CaptchaText.Matches(expected!, answer) ? CaptchaCheck.Passed : CaptchaCheck.Wrong;
    }

    private static RedisKey Key(Guid id) => $"identity:captcha:{id:N}";
}
