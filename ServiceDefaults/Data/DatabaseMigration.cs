using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// How a service's schema is brought up to date, the one way for start-up and the <c>migrate</c> command: its checked-in
/// EF Core migrations under EF Core's database lock (several instances or Jobs may try at once), retried while the
/// database does not answer yet.
/// </summary>
internal static class DatabaseMigration
{
    public static async Task ApplyAsync<TContext>(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
        where TContext : DbContext
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

    /// <summary>Returns once no migration is pending: another process (a deployment's migrate Job) applies them.</summary>
    public static async Task AwaitAsync<TContext>(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var pending = (await scope.ServiceProvider.GetRequiredService<TContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count == 0) return;
                if (attempt == 1)
                    logger.LogWarning("Database {Context} lacks {Count} migrations ({First}…); waiting for its migrate command to apply them",
                        typeof(TContext).Name, pending.Count, pending[0]);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not InvalidOperationException)
            {
                logger.LogWarning(ex, "Reading {Context}'s migrations failed (attempt {Attempt}); retrying", typeof(TContext).Name, attempt);
            }
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        }
    }
}
