using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>The PostgreSQL server (no database) and RabbitMQ that a <see cref="MessagingTestHost"/> runs on.</summary>
public sealed record MessagingServers(string Postgres, string RabbitMq)
{
    /// <summary>The servers of the platform under test (the AppHost's).</summary>
    public static MessagingServers Platform => new(PlatformEnvironment.PostgresConnectionString, PlatformEnvironment.RabbitMqConnectionString);
}
