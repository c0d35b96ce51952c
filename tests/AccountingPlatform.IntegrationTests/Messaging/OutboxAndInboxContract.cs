using AccountingPlatform.Contracts;
using AccountingPlatform.IntegrationTests.Support;
using AccountingPlatform.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>
/// What the shared outbox and inbox promise, on real PostgreSQL and RabbitMQ: run against the platform's servers
/// (<see cref="OutboxAndInboxTests"/>) and against containers (<c>Containers/OutboxAndInboxInContainersTests</c>).
/// </summary>
public abstract class OutboxAndInboxContract
{
    /// <summary>The servers to run on (skips the test where they cannot be had).</summary>
    protected abstract MessagingServers Servers();

    private static UserRegistered Registration(Guid userId) =>
        new(userId, "测试", "ResidentIdCard", "11010519491231002X", "Female", new DateOnly(1949, 12, 31), "13800138000", PlatformEnvironment.Now);

    [SkippableFact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        await using var service = await MessagingTestHost.StartAsync(Servers(), $"inbox-test-{Guid.NewGuid():N}"[..20]);
        var duplicated = Guid.NewGuid();
        var sentinel = Guid.NewGuid();
        var messageId = Guid.NewGuid();

        // The broker redelivers: the same message id arrives twice. The endpoint handles one message at a time,
        // so once the sentinel sent after them is applied, both copies have been processed.
        await service.Bus.Publish(Registration(duplicated), c => c.MessageId = messageId);
        await service.Bus.Publish(Registration(duplicated), c => c.MessageId = messageId);
        await service.Bus.Publish(Registration(sentinel));

        await Eventually.GetAsync(() => service.WithDbAsync(db => db.Applied.CountAsync(a => a.UserId == sentinel)), n => n == 1, "the sentinel applied");
        Assert.Equal(1, await service.WithDbAsync(db => db.Applied.CountAsync(a => a.UserId == duplicated)));
        Assert.Equal(1, await service.WithDbAsync(db => db.Inbox.CountAsync(i => i.MessageId == messageId)));
    }

    [SkippableFact]
    public async Task Two_relay_instances_publish_every_committed_event_and_each_is_applied_exactly_once()
    {
        var servers = Servers();
        var connectionString = MessagingTestHost.NewDatabase(servers);
        var name = $"relay-test-{Guid.NewGuid():N}"[..20];
        await using var first = await MessagingTestHost.StartAsync(servers, connectionString, name);
        await using var second = await MessagingTestHost.StartAsync(servers, connectionString, name);

        var users = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToList();
        await first.WithDbAsync(async db =>
        {
            // One business transaction: the events are committed with it, and only then relayed.
            foreach (var user in users) db.AddIntegrationEvent(Registration(user));
            return await db.SaveChangesAsync();
        });

        await Eventually.GetAsync(() => first.WithDbAsync(db => db.Applied.CountAsync(a => users.Contains(a.UserId))),
            n => n >= users.Count, "all events applied", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2)); // let any duplicate show itself
        var applied = await first.WithDbAsync(db => db.Applied.Where(a => users.Contains(a.UserId)).Select(a => a.UserId).ToListAsync());
        Assert.Equal(users.Count, applied.Count);
        Assert.Equal(users.OrderBy(u => u), applied.OrderBy(u => u));
        Assert.Equal(0, await first.WithDbAsync(db => db.Outbox.CountAsync(m => m.PublishedAt == null)));
    }
}
