using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database (<c>ConnectionStrings__{name}</c>), checked by <c>/health</c>,
    /// with its checked-in migrations applied before the service serves.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        // Interceptors registered in DI (e.g. the outbox's wake-up signal) apply to every context.
        builder.Services.AddDbContext<TContext>((services, o) => o
            .UseNpgsql(connectionString, npgsql => npgsql.ConfigureDataSource(DatabaseTracing.OnlyWithinTracedOperations))
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName, tags: ["ready"]);
        builder.Services.AddHostedService<MigrateDatabaseOnStart<TContext>>();
        return builder;
    }
}
