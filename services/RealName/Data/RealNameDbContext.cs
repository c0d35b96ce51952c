using AccountingPlatform.Images;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Online;
using AccountingPlatform.RealName.Verifications;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName.Data;

public sealed class RealNameDbContext(DbContextOptions<RealNameDbContext> options) : DbContext(options)
{
    public const string OnePendingIndex = "ux_online_applications_one_pending";

    public DbSet<Person> People => Set<Person>();
    public DbSet<Verification> Verifications => Set<Verification>();
    public DbSet<OnlineApplication> OnlineApplications => Set<OnlineApplication>();
    public DbSet<CertificatePhoto> Photos => Set<CertificatePhoto>();

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
        modelBuilder.Entity<OnlineApplication>(e =>
        {
            e.ToTable("online_applications");
            e.HasKey(a => a.Id);
            e.Property(a => a.CountyCode).HasMaxLength(12);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.RejectionReason).HasMaxLength(1000);
            e.HasIndex(a => new { a.UserId, a.Version }).IsUnique();
            // At most one pending application per candidate, also under concurrent submissions.
            e.HasIndex(a => a.UserId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName(OnePendingIndex);
            e.HasMany(a => a.Photos).WithOne().HasForeignKey(p => p.ApplicationId);
        });
        modelBuilder.Entity<CertificatePhoto>(e =>
        {
            e.ToTable("certificate_photos");
            e.MapStoredImage();
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
