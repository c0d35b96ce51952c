using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Candidates;
using AccountingPlatform.PersonnelRecord.Records;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Data;

public sealed class PersonnelDbContext(DbContextOptions<PersonnelDbContext> options) : DbContext(options)
{
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<PersonnelRecordEntry> Records => Set<PersonnelRecordEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Candidate>(e =>
        {
            e.ToTable("candidates");
            e.HasKey(c => c.UserId);
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.CertificateType).HasMaxLength(40);
            e.Property(c => c.CertificateNumber).HasMaxLength(32);
            e.Property(c => c.Gender).HasMaxLength(10);
            e.Property(c => c.Phone).HasMaxLength(20);
        });
        modelBuilder.Entity<PersonnelRecordEntry>(e =>
        {
            e.ToTable("personnel_records");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.UserId).IsUnique();
            e.Property(r => r.CollectionScope).HasConversion<string>().HasMaxLength(40);
            e.Property(r => r.DepartmentDivisionCode).HasMaxLength(12);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.ReviewComment).HasMaxLength(1000);
            e.Property(r => r.RowVersion).IsRowVersion();
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
