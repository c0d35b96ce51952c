using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations in <see cref="StartAsync"/>, which the host awaits before the web server starts,
/// so a service never serves on an old schema. EF Core takes a database lock, so several instances may start at once.
/// </summary>
internal sealed class MigrateDatabaseOnStart<TContext>(IServiceProvider services, ILogger<MigrateDatabaseOnStart<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public Task StartAsync(CancellationToken cancellationToken) => DatabaseMigration.ApplyAsync<TContext>(services, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
