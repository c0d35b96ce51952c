using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AccountingPlatform.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>Connections one instance keeps at most (<c>Database:MaxPoolSize</c>).</summary>
    public const int DefaultMaxPoolSize = 40;

    /// <summary>
    /// The service's own PostgreSQL database (<c>ConnectionStrings__{name}</c>), checked by <c>/health</c>,
    /// with its checked-in migrations applied before the service serves (by itself, or by the <c>migrate</c> command:
    /// <see cref="MigratesOnStart"/>). Each instance keeps at most
    /// <c>Database:MaxPoolSize</c> connections (40): Npgsql's own default, 100 a process, would let six services ask
    /// PostgreSQL for 600 connections under a rush, past its <c>max_connections</c> (400 under the AppHost); 40 each
    /// leaves room for a second instance of some and for operators. Contexts are pooled (<c>AddDbContextPool</c>): a
    /// request or a consumed message takes a reset context from the pool instead of building one and its services.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured."))
        {
            MaxPoolSize = builder.Configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize),
        }.ConnectionString;
        // Interceptors registered in DI (singletons, e.g. the outbox's wake-up signal) apply to every context.
        builder.Services.AddDbContextPool<TContext>((services, o) => o
            .UseNpgsql(connectionString, npgsql => npgsql
                .ConfigureDataSource(DatabaseTracing.OnlyWithinTracedOperations)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .ConfigureWarnings(FailuresReachTheCaller)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName, tags: ["ready"]);
        builder.Services.AddHostedService<DatabaseReadyOnStart<TContext>>();
        return builder;
    }

    /// <summary>
    /// <c>Database:MigrateOnStart</c> (true unless set): a service applies its migrations itself before serving (the
    /// AppHost, the tests); false where a deployment runs the <c>migrate</c> command once per rollout (Kubernetes), and
    /// the service then waits until the schema is current.
    /// </summary>
    public static bool MigratesOnStart(IConfiguration configuration) => configuration.GetValue("Database:MigrateOnStart", true);

    /// <summary>
    /// A failed command, query or save is an exception its caller receives and decides on: a unique violation that
    /// answers "already enrolled" is a normal answer, a database outage is logged once by whoever turns it into a 503
    /// or a retry (<c>DefaultExceptionHandler</c>, the outbox relay, the consumers' retry). EF Core's own error entries
    /// for the same failure would put a red mark on the dashboard for every handled race, so they are debug detail.
    /// </summary>
    private static void FailuresReachTheCaller(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.CommandError, LogLevel.Debug),
        (RelationalEventId.ConnectionError, LogLevel.Debug),
        (CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (CoreEventId.QueryIterationFailed, LogLevel.Debug));
}
