using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// Lets the EF tools create a service's context to add migrations without starting the service
/// (derive one class from it in the service: <c>class DesignTimeFactory : NpgsqlDesignTimeFactory&lt;XDbContext&gt;;</c>).
/// </summary>
public abstract class NpgsqlDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design_time").Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
