using System.Security.Cryptography;
using AccountingPlatform.Channels.Sms;
using AccountingPlatform.ServiceDefaults.Security;
using StackExchange.Redis;

namespace AccountingPlatform.Identity.Sms;

/// <summary>
/// 6-digit SMS codes kept in Redis: valid 5 minutes, single use, burnt after a few wrong tries,
/// at most one send per minute per phone. Sent through the SMS provider's adapter.
/// </summary>
public sealed class SmsCodes(IConnectionMultiplexer redis, AliyunSmsClient sms, ILogger<SmsCodes> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);
    private const int MaxWrongTries = 5;

    // Compare and delete atomically so a code is used once even under concurrent requests.
    private const string ConsumeScript = """
        local v = redis.call('HGET', KEYS[1], 'code')
        if not v then return 0 end
        if v == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
        local n = redis.call('HINCRBY', KEYS[1], 'tries', 1)
        if n >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) end
        return 0
        """;

    public async Task<SmsSendOutcome> SendAsync(string phone, SmsPurpose purpose, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var cooldownKey = $"identity:sms:cooldown:{phone}";
        if (!await db.StringSetAsync(cooldownKey, "1", ResendInterval, When.NotExists))
        {
            var ttl = await db.KeyTimeToLiveAsync(cooldownKey) ?? ResendInterval;
            return new SmsSendOutcome(false, ttl);
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var codeKey = CodeKey(phone, purpose);
        var transaction = db.CreateTransaction();
        _ = transaction.KeyDeleteAsync(codeKey);
        _ = transaction.HashSetAsync(codeKey, [new HashEntry("code", code), new HashEntry("tries", 0)]);
        _ = transaction.KeyExpireAsync(codeKey, Lifetime);
        await transaction.ExecuteAsync();

        try
        {
            await sms.SendAsync(phone, new Dictionary<string, string> { ["code"] = code }, cancellationToken);
        }
        catch
        {
            await db.KeyDeleteAsync([codeKey, cooldownKey]);
            throw;
        }
        logger.LogInformation("Sent a {Purpose} SMS code to {Phone}", purpose, PersonalData.MaskPhone(phone));
        return new SmsSendOutcome(true, TimeSpan.Zero);
    }

    /// <summary>True once for the right code; wrong tries count against the code.</summary>
    public async Task<bool> ConsumeAsync(string phone, SmsPurpose purpose, string code)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            ConsumeScript, [CodeKey(phone, purpose)], [code, MaxWrongTries]);
        return (int)result == 1;
    }

    private static RedisKey CodeKey(string phone, SmsPurpose purpose) => $"identity:sms:{purpose}:{phone}";
}
