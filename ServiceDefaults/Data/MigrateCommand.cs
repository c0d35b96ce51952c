using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// <c>AccountingPlatform.X migrate</c>: applies the service's checked-in migrations and exits (0, or an exception's
/// non-zero code). Run once per rollout by the service's Kubernetes Job (deploy/k8s); needs only
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
        await DatabaseMigration.ApplyAsync<TContext>(app.Services, logger, CancellationToken.None);
        return 0;
    }
}
