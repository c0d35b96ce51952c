using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

/// <summary>
/// <c>Database:MigrateOnStart</c>: a service migrates its database before serving unless told not to (Kubernetes, where
/// a Job runs its <c>migrate</c> command once per rollout); then it waits for the schema instead, never migrating.
/// </summary>
public sealed class MigrateOnStartTests
{
    private sealed class SomeDbContext(DbContextOptions<SomeDbContext> options) : DbContext(options);

    [Theory]
    [InlineData(null, "MigrateDatabaseOnStart`1")]
    [InlineData("true", "MigrateDatabaseOnStart`1")]
    [InlineData("false", "AwaitMigratedDatabase`1")]
    public void A_service_migrates_at_start_unless_a_deployment_migrates_for_it(string? configured, string startUp)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:somedb"] = "Host=127.0.0.1;Port=5432;Database=some;Username=u;Password=p",
            ["Database:MigrateOnStart"] = configured,
        });
        builder.AddServiceDatabase<SomeDbContext>("somedb");

        var databaseStartUp = builder.Services.Where(s => s.ServiceType == typeof(IHostedService))
            .Select(s => s.ImplementationType?.Name).Where(n => n is "MigrateDatabaseOnStart`1" or "AwaitMigratedDatabase`1");
        Assert.Equal([startUp], databaseStartUp);
    }
}
