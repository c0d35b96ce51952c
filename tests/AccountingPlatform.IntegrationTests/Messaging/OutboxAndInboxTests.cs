namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>The shared outbox and inbox on the servers of the platform under test.</summary>
public sealed class OutboxAndInboxTests : OutboxAndInboxContract
{
    protected override MessagingServers Servers() => MessagingServers.Platform;
}
