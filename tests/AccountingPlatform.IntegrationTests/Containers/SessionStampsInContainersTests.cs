using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace AccountingPlatform.IntegrationTests.Containers;

/// <summary>Ending sessions at once (the security stamp and the ended sessions every service checks), on a Redis container of its own.</summary>
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

    [SkippableFact]
    public async Task After_a_logout_the_tokens_of_that_session_are_refused_and_those_of_other_sessions_accepted()
    {
        Skip.If(servers.SkipReason is not null, servers.SkipReason);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        var (user, loggedOut, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        Assert.True(await SessionStamps.IsCurrentAsync(redis, user, "stamp", NullLogger.Instance, loggedOut));

        await SessionStamps.RecordEndedAsync(redis, loggedOut);
        Assert.False(await SessionStamps.IsCurrentAsync(redis, user, "stamp", NullLogger.Instance, loggedOut));
        Assert.True(await SessionStamps.IsCurrentAsync(redis, user, "stamp", NullLogger.Instance, other));

        var lifetime = await redis.GetDatabase().KeyTimeToLiveAsync($"auth:session-ended:{loggedOut:N}");
        Assert.NotNull(lifetime);
        Assert.InRange(lifetime.Value, TimeSpan.FromMinutes(15), SessionStamps.RecordLifetime);
    }
}
