using AccountingPlatform.ServiceDefaults;
using System.Security.Cryptography;
using AccountingPlatform.Channels.Sms;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AccountingPlatform.Identity.Sms;

/// <summary>
/// 6-digit SMS codes kept in Redis: valid 5 minutes, single use, burnt after a few wrong tries, at most one send per
/// minute per phone, daily caps per phone and per client address. Sent through the SMS provider's adapter.
/// </summary>
public sealed class SmsCodes(
    IConnectionMultiplexer redis, AliyunSmsClient sms, IOptions<SmsLimitsOptions> limits, TimeProvider clock, ILogger<SmsCodes> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);
    private const int MaxWrongTries = 5;

    // Checks the resend interval and both daily caps and, if all allow it, takes them, in one atomic step.
    private const string AdmitScript = """
        local wait = redis.call('PTTL', KEYS[1])
        if wait > 0 then return {1, wait} end
        if tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[2]) then return {2, 0} end
        if tonumber(redis.call('GET', KEYS[3]) or '0') >= tonumber(ARGV[3]) then return {3, 0} end
        redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
        redis.call('INCR', KEYS[2]) redis.call('PEXPIRE', KEYS[2], ARGV[4])
        redis.call('INCR', KEYS[3]) redis.call('PEXPIRE', KEYS[3], ARGV[4])
        return {0, 0}
        """;

    // Compare and delete atomically so a code is used once even under concurrent requests.
    private const string ConsumeScript = """
        local v = redis.call('HGET', KEYS[1], 'code')
        if not v then return 0 end
        if v == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
        local n = redis.call('HINCRBY', KEYS[1], 'tries', 1)
        if n >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) end
        return 0
        """;

    public async Task<SmsSendOutcome> SendAsync(string phone, SmsPurpose purpose, string clientAddress, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var now = clock.GetUtcNow();
        var day = BeijingTime.Format(now, "yyyyMMdd");
        var untilTomorrow = BeijingTime.StartOfNextDay(now) - now;
        RedisKey cooldownKey = $"identity:sms:cooldown:{phone}", phoneKey = $"identity:sms:daily:{day}:phone:{phone}",
            addressKey = $"identity:sms:daily:{day}:address:{clientAddress}";
        var admitted = (RedisResult[])(await db.ScriptEvaluateAsync(AdmitScript, [cooldownKey, phoneKey, addressKey],
            [(long)ResendInterval.TotalMilliseconds, limits.Value.DailyPerPhone, limits.Value.DailyPerClientAddress, (long)TimeSpan.FromHours(26).TotalMilliseconds]))!;
        switch ((int)admitted[0])
        {
            case 1: return new SmsSendOutcome(SmsRefusal.TooSoon, TimeSpan.FromMilliseconds((long)admitted[1]));
            case 2: return new SmsSendOutcome(SmsRefusal.PhoneDailyLimit, untilTomorrow);
            case 3:
                logger.LogWarning("Client address {ClientAddress} reached its daily SMS cap", clientAddress);
                return new SmsSendOutcome(SmsRefusal.ClientAddressDailyLimit, untilTomorrow);
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var codeKey = CodeKey(phone, purpose, clientAddress);
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
            // Not sent: the person may try again at once, and it does not count.
            await db.KeyDeleteAsync([codeKey, cooldownKey]);
            await db.StringDecrementAsync(phoneKey);
            await db.StringDecrementAsync(addressKey);
            throw;
        }
        logger.LogInformation("Sent a {Purpose} SMS code to {Phone}", purpose, PersonalData.MaskPhone(phone));
        return SmsSendOutcome.Sent;
    }

    /// <summary>
    /// True once for the right code; wrong tries count against the code. A <see cref="SmsPurpose.Login"/> code is
    /// found only from the client address that asked for it (<paramref name="clientAddress"/>).
    /// </summary>
    public async Task<bool> ConsumeAsync(string phone, SmsPurpose purpose, string code, string? clientAddress = null)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            ConsumeScript, [CodeKey(phone, purpose, clientAddress)], [code, MaxWrongTries]);
        return (int)result == 1;
    }

    private static RedisKey CodeKey(string phone, SmsPurpose purpose, string? clientAddress) => purpose == SmsPurpose.Login
        ? $"identity:sms:{purpose}:{phone}:{clientAddress ?? throw new ArgumentNullException(nameof(clientAddress))}"
        : $"identity:sms:{purpose}:{phone}";
}
