using Npgsql;

namespace AccountingPlatform.InstanceTests.Support;

/// <summary>What a test counts in a service's own database (tests only: services never read each other's tables).</summary>
internal static class ServiceTables
{
    /// <summary>The service's outbox rows its relays have not published yet.</summary>
    public static async Task<long> UnpublishedAsync(string service)
    {
        await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString(service));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE published_at IS NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
