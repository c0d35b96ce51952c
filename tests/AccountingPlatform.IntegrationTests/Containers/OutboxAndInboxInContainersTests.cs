using AccountingPlatform.IntegrationTests.Messaging;

namespace AccountingPlatform.IntegrationTests.Containers;

/// <summary>The shared outbox and inbox of one service, on PostgreSQL and RabbitMQ containers of its own.</summary>
public sealed class OutboxAndInboxInContainersTests(IsolatedServers servers) : OutboxAndInboxContract, IClassFixture<IsolatedServers>
{
    protected override MessagingServers Servers()
    {
        Skip.If(servers.SkipReason is not null, servers.SkipReason);
        return new MessagingServers(servers.PostgresConnectionString, servers.RabbitMqConnectionString);
    }
}
