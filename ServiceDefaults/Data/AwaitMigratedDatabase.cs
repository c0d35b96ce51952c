using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// With <c>Database:MigrateOnStart=false</c> (Kubernetes: a Job runs the <c>migrate</c> command once per rollout), waits
/// in <see cref="StartAsync"/> until the schema has every migration this build knows, so a service still never serves
/// on an old schema, and never migrates it itself.
/// </summary>
internal sealed class AwaitMigratedDatabase<TContext>(IServiceProvider services, ILogger<AwaitMigratedDatabase<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public Task StartAsync(CancellationToken cancellationToken) => DatabaseMigration.AwaitAsync<TContext>(services, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
