using AccountingPlatform.Enrollment.Candidates;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Data;

public sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : DbContext(options)
{
    public const string OneEnrollmentPerExamIndex = "ux_enrollments_user_exam";

    public DbSet<Exam> Exams => Set<Exam>();
    public DbSet<ExamProvince> ExamProvinces => Set<ExamProvince>();
    public DbSet<CandidateEligibility> Candidates => Set<CandidateEligibility>();
    public DbSet<ExamEnrollment> Enrollments => Set<ExamEnrollment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Exam>(e =>
        {
            e.ToTable("exams");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasMany(x => x.Subjects).WithOne().HasForeignKey(s => s.ExamCode);
            e.HasMany(x => x.Provinces).WithOne().HasForeignKey(p => p.ExamCode);
        });
        modelBuilder.Entity<ExamSubject>(e =>
        {
            e.ToTable("exam_subjects");
            e.HasKey(x => new { x.ExamCode, x.Code });
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(50);
        });
        modelBuilder.Entity<ExamProvince>(e =>
        {
            e.ToTable("exam_provinces");
            e.HasKey(x => new { x.ExamCode, x.ProvinceCode });
            e.Property(x => x.ProvinceCode).HasMaxLength(6);
            e.Property(x => x.ProvinceName).HasMaxLength(20);
        });
        modelBuilder.Entity<CandidateEligibility>(e =>
        {
            e.ToTable("candidates");
            e.HasKey(x => x.UserId);
            e.Property(x => x.PersonnelRecord).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.PersonnelRecordComment).HasMaxLength(1000);
            e.Property(x => x.PersonnelRecordDivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<ExamEnrollment>(e =>
        {
            e.ToTable("enrollments");
            e.HasKey(x => x.Id);
            e.Property(x => x.ExamCode).HasMaxLength(20);
            e.Property(x => x.ProvinceCode).HasMaxLength(6);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            // One province per candidate per exam, enforced by the database under concurrency.
            e.HasIndex(x => new { x.UserId, x.ExamCode }).IsUnique().HasDatabaseName(OneEnrollmentPerExamIndex);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
