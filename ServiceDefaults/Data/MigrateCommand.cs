using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// <c>AccountingPlatform.X migrate</c>: makes the service's database when it is missing (as Aspire does under the
/// AppHost; the user must be allowed to), applies the checked-in migrations and exits: 0, or 1 when the database did
/// not answer after the retries. Run once per rollout by the service's Kubernetes Job (deploy/k8s); needs only
/// <c>ConnectionStrings__{service}db</c>.
/// </summary>
public static class MigrateCommand
{
    public const string Verb = "migrate";

    public static async Task<int> RunAsync<TContext>(WebApplicationBuilder builder, string name) where TContext : DbContext
    {
        builder.AddServiceDatabase<TContext>($"{name}db");
        await using var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        try
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var creator = scope.ServiceProvider.GetRequiredService<TContext>().GetService<IRelationalDatabaseCreator>();
                if (!await creator.ExistsAsync()) await creator.CreateAsync();
            }
            await DatabaseMigration.ApplyAsync<TContext>(app.Services, logger, CancellationToken.None);
            return 0;
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Migrating {Context} failed", typeof(TContext).Name);
            return 1;
        }
    }
}
