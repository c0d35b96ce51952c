using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

/// <summary>
/// Six services' connection pools must fit under PostgreSQL's <c>max_connections</c> (400 under the AppHost): each
/// instance keeps at most 40, or what <c>Database:MaxPoolSize</c> says, whatever pool size Npgsql would default to.
/// </summary>
public sealed class DatabasePoolTests
{
    private sealed class SomeDbContext(DbContextOptions<SomeDbContext> options) : DbContext(options);

    [Theory]
    [InlineData(null, 40)]
    [InlineData("25", 25)]
    public void A_service_keeps_at_most_its_configured_number_of_connections(string? configured, int expected)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:somedb"] = "Host=127.0.0.1;Port=5432;Database=some;Username=u;Password=p",
            ["Database:MaxPoolSize"] = configured,
        });
        builder.AddServiceDatabase<SomeDbContext>("somedb");
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();

        var connection = new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<SomeDbContext>().Database.GetConnectionString());
        Assert.Equal(expected, connection.MaxPoolSize);
        Assert.Equal("some", connection.Database);
    }
}
