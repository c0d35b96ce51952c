using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Verifications;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName.Data;

public sealed class RealNameDbContext(DbContextOptions<RealNameDbContext> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<Verification> Verifications => Set<Verification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.HasKey(p => p.UserId);
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.CertificateType).HasMaxLength(40);
            e.Property(p => p.CertificateNumber).HasMaxLength(32);
        });
        modelBuilder.Entity<Verification>(e =>
        {
            e.ToTable("verifications");
            e.HasKey(v => v.Id);
            e.HasIndex(v => v.UserId);
            e.HasIndex(v => v.CertifyId).IsUnique();
            e.Property(v => v.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.CertifyId).HasMaxLength(64);
            e.Property(v => v.CertifyUrl).HasMaxLength(4000);
            e.Property(v => v.FailureMessage).HasMaxLength(500);
            e.Property(v => v.FailureCode).HasMaxLength(64);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
