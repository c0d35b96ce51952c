using Npgsql;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>How many rows of a service's table belong to one id: what a test checks was (or was not) written.</summary>
public static class DatabaseRows
{
    public static async Task<long> CountAsync(string service, string table, string column, Guid id)
    {
        await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString(service));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""SELECT count(*) FROM {table} WHERE "{column}" = @id""", connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
