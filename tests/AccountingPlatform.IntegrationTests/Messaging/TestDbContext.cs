using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>A throw-away service database with the shared outbox and inbox tables, on the real PostgreSQL server.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<AppliedRegistration> Applied => Set<AppliedRegistration>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AppliedRegistration>(e =>
        {
            e.ToTable("applied_registrations");
            e.HasKey(a => a.Id);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
