using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// Makes the schema current in <see cref="StartAsync"/>, which the host awaits before the web server starts, so a
/// service never serves on an old schema: it applies pending migrations itself (EF Core takes a database lock, so
/// several instances may start at once), or, with <c>Database:MigrateOnStart=false</c> (Kubernetes, where a Job runs
/// the <c>migrate</c> command once per rollout), waits until they are applied, never migrating.
/// </summary>
internal sealed class DatabaseReadyOnStart<TContext>(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseReadyOnStart<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public Task StartAsync(CancellationToken cancellationToken) => DatabaseExtensions.MigratesOnStart(configuration)
        ? DatabaseMigration.ApplyAsync<TContext>(services, logger, cancellationToken)
        : DatabaseMigration.AwaitAsync<TContext>(services, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
