using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace AccountingPlatform.IntegrationTests.Containers;

/// <summary>Ending every session at once (the security stamp every service checks), on a Redis container of its own.</summary>
public sealed class SessionStampsInContainersTests(IsolatedServers servers) : IClassFixture<IsolatedServers>
{
    [SkippableFact]
    public async Task After_a_password_change_only_tokens_with_the_new_stamp_are_accepted_for_longer_than_any_token_lives()
    {
        Skip.If(servers.SkipReason is not null, servers.SkipReason);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        var user = Guid.NewGuid();

        // Before any change nothing is recorded: every token of the account is accepted.
        Assert.True(await SessionStamps.IsCurrentAsync(redis, user, "stamp-at-login", NullLogger.Instance));

        await SessionStamps.RecordAsync(redis, user, "stamp-after-password-change");
        Assert.False(await SessionStamps.IsCurrentAsync(redis, user, "stamp-at-login", NullLogger.Instance));
        Assert.True(await SessionStamps.IsCurrentAsync(redis, user, "stamp-after-password-change", NullLogger.Instance));
        Assert.True(await SessionStamps.IsCurrentAsync(redis, Guid.NewGuid(), "stamp-at-login", NullLogger.Instance));

        var lifetime = await redis.GetDatabase().KeyTimeToLiveAsync($"auth:security-stamp:{user:N}");
        Assert.NotNull(lifetime);
        Assert.InRange(lifetime.Value, TimeSpan.FromMinutes(15), SessionStamps.RecordLifetime);
    }
}
