using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                // An empty database has no history table yet: made first, EF Core's look at it is not a failed command.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database {Context} migrated in {Elapsed}", typeof(TContext).Name, Stopwatch.GetElapsedTime(started));
                return;
            }
            catch (Exception ex) when (attempt < 10 && !cancellationToken.IsCancellationRequested && ex is not InvalidOperationException)
            {
                logger.LogWarning(ex, "Migrating {Context} failed (attempt {Attempt}); retrying", typeof(TContext).Name, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, attempt * 2)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
