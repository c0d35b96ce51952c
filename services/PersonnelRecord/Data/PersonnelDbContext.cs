using AccountingPlatform.Images;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Candidates;
using AccountingPlatform.PersonnelRecord.Departments;
using AccountingPlatform.PersonnelRecord.Educations;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.PersonnelRecord.Work;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Data;

public sealed class PersonnelDbContext(DbContextOptions<PersonnelDbContext> options) : DbContext(options)
{
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<PersonnelRecordEntry> Records => Set<PersonnelRecordEntry>();
    public DbSet<RecordFile> Files => Set<RecordFile>();
    public DbSet<Education> Educations => Set<Education>();
    public DbSet<WorkExperience> WorkExperiences => Set<WorkExperience>();
    public DbSet<Department> Departments => Set<Department>();

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
            e.Property(r => r.DepartmentReason).HasConversion<string>().HasMaxLength(40);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.ReviewComment).HasMaxLength(1000);
            e.Property(r => r.RowVersion).IsRowVersion();
        });
        modelBuilder.Entity<RecordFile>(e =>
        {
            e.ToTable("record_files");
            e.MapStoredImage();
            e.HasIndex(f => f.UserId);
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(40);
        });
        modelBuilder.Entity<Education>(e =>
        {
            e.ToTable("educations");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.UserId);
            e.Property(x => x.TrainingMode).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Degree).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.School).HasMaxLength(100);
            e.Property(x => x.Major).HasMaxLength(100);
            e.Property(x => x.DiplomaNumber).HasMaxLength(50);
            e.Property(x => x.DegreeNumber).HasMaxLength(50);
        });
        modelBuilder.Entity<WorkExperience>(e =>
        {
            e.ToTable("work_experiences");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.UserId);
            e.Property(x => x.Employer).HasMaxLength(100);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.EmployerType).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Industry).HasMaxLength(50);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(20);
            e.OwnsMany(x => x.AccountingWorks, a => a.ToJson());
        });
        modelBuilder.Entity<Department>(e =>
        {
            e.ToTable("departments");
            e.HasKey(d => d.DivisionCode);
            e.Property(d => d.DivisionCode).HasMaxLength(12);
            e.Property(d => d.Name).HasMaxLength(100);
            e.Property(d => d.Phone).HasMaxLength(40);
            e.Property(d => d.Address).HasMaxLength(200);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
