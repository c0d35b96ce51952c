using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>Readiness of the local servers, as the services will use them: a query, a PING, an AMQP connection.</summary>
internal static class LocalServerHealthChecks
{
    public static async Task PostgresAsync(LocalPostgresResource server, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(await server.ConnectionStringExpression.GetValueAsync(ct) + ";Database=postgres;Timeout=3");
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(ct);
    }

    /// <summary>Ready when the database exists; creates it when missing, as Aspire does for a container's databases.</summary>
    public static async Task PostgresDatabaseAsync(LocalPostgresDatabaseResource database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(await database.Parent.ConnectionStringExpression.GetValueAsync(ct) + ";Database=postgres;Timeout=3");
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database.DatabaseName);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    public static async Task RedisAsync(LocalRedisResource server, CancellationToken ct)
    {
        var options = ConfigurationOptions.Parse(await server.ConnectionStringExpression.GetValueAsync(ct) ?? "");
        options.ConnectTimeout = 3000;
        options.AbortOnConnectFail = true;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
        await redis.GetDatabase().PingAsync();
    }

    public static async Task RabbitMqAsync(LocalRabbitMqResource server, CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(await server.ConnectionStringExpression.GetValueAsync(ct) ?? ""),
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
        };
        await using var connection = await factory.CreateConnectionAsync(ct);
    }

    /// <summary>A health check that is healthy when <paramref name="probe"/> completes.</summary>
    public static HealthCheckRegistration Registration(string name, Func<CancellationToken, Task> probe) =>
        new(name, _ => new ProbeHealthCheck(probe), HealthStatus.Unhealthy, tags: null);

    private sealed class ProbeHealthCheck(Func<CancellationToken, Task> probe) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await probe(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        }
    }
}
