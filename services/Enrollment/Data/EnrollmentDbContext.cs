using AccountingPlatform.Enrollment.Candidates;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Enrollment.Results;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Data;

public sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : DbContext(options)
{
    public const string OneActiveEnrollmentPerExamIndex = "ux_enrollments_user_exam_active";

    public DbSet<Exam> Exams => Set<Exam>();
    public DbSet<ExamProvince> ExamProvinces => Set<ExamProvince>();
    public DbSet<ExamChange> ExamChanges => Set<ExamChange>();
    public DbSet<ExamResult> ExamResults => Set<ExamResult>();
    public DbSet<ResultsImportJob> ResultsImports => Set<ResultsImportJob>();
    public DbSet<ResultsImportLine> ResultsImportLines => Set<ResultsImportLine>();
    public DbSet<CandidateEligibility> Candidates => Set<CandidateEligibility>();
    public DbSet<ExamEnrollment> Enrollments => Set<ExamEnrollment>();
    public DbSet<EnrollmentNumberCounter> EnrollmentNumberCounters => Set<EnrollmentNumberCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Exam>(e =>
        {
            e.ToTable("exams");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            // The stamp every change moves (ExamStamp): saved only over the stamp it was loaded with, so of two
            // administrators saving from the same stamp the second changes nothing and gets 409 …_CONCURRENT_CHANGE.
            e.Property(x => x.UpdatedAt).IsConcurrencyToken();
            e.HasIndex(x => new { x.Level, x.Year });
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
            e.Property(x => x.NoticeText).HasMaxLength(20_000);
            e.Property(x => x.CommitmentText).HasMaxLength(20_000);
        });
        modelBuilder.Entity<ExamChange>(e =>
        {
            e.ToTable("exam_changes");
            e.HasKey(x => x.Id);
            e.Property(x => x.ExamCode).HasMaxLength(20);
            e.Property(x => x.ProvinceCode).HasMaxLength(6);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.ChangedByName).HasMaxLength(100);
            e.Property(x => x.Before).HasColumnType("jsonb");
            e.Property(x => x.After).HasColumnType("jsonb");
            e.HasIndex(x => new { x.ExamCode, x.ChangedAt });
        });
        modelBuilder.Entity<ExamResult>(e =>
        {
            e.ToTable("exam_results");
            e.HasKey(x => x.Id);
            e.Property(x => x.ExamCode).HasMaxLength(20);
            e.Property(x => x.CertificateType).HasMaxLength(40);
            e.Property(x => x.CertificateNumber).HasMaxLength(40);
            e.Property(x => x.SubjectCode).HasMaxLength(20);
            e.Property(x => x.Score).HasPrecision(5, 1);
            e.Property(x => x.HolderForm).HasColumnType("jsonb");
            e.HasIndex(x => new { x.CertificateType, x.CertificateNumber, x.ExamCode, x.SubjectCode }).IsUnique();
        });
        modelBuilder.Entity<ResultsImportJob>(e =>
        {
            e.ToTable("results_imports");
            e.HasKey(x => x.Id);
            e.Property(x => x.ExamCode).HasMaxLength(20);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Errors).HasColumnType("jsonb");
            e.Property(x => x.Failure).HasMaxLength(200);
            e.Property(x => x.RequestedByName).HasMaxLength(100);
            e.HasIndex(x => new { x.State, x.CreatedAt });
        });
        modelBuilder.Entity<ResultsImportLine>(e =>
        {
            // Unlogged and without an index: written once by COPY, read once by the merge, deleted; an index would cost the COPY a third more.
            e.ToTable("results_import_lines").IsUnlogged();
            e.HasNoKey();
            e.Property(x => x.CertificateType).HasMaxLength(40);
            e.Property(x => x.CertificateNumber).HasMaxLength(40);
            e.Property(x => x.SubjectCode).HasMaxLength(20);
            e.Property(x => x.Score).HasPrecision(5, 1);
            e.Property(x => x.HolderForm).HasColumnType("jsonb");
        });
        modelBuilder.Entity<CandidateEligibility>(e =>
        {
            e.ToTable("candidates");
            e.HasKey(x => x.UserId);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.CertificateType).HasMaxLength(40);
            e.Property(x => x.CertificateNumber).HasMaxLength(40);
            e.Property(x => x.RegisteredPhone).HasMaxLength(20);
            e.Property(x => x.PersonnelRecord).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.PersonnelRecordComment).HasMaxLength(1000);
            e.Property(x => x.PersonnelRecordDivisionCode).HasMaxLength(12);
            e.HasIndex(x => x.CertificateNumber);   // an administrator looks one person up in the 报名名单 by certificate number
        });
        modelBuilder.Entity<ExamEnrollment>(e =>
        {
            e.ToTable("enrollments");
            e.HasKey(x => x.Id);
            e.Property(x => x.ExamCode).HasMaxLength(20);
            e.Property(x => x.ProvinceCode).HasMaxLength(6);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CommitmentClientAddress).HasMaxLength(64);
            e.Property(x => x.EnrollmentNumber).HasMaxLength(20);
            e.OwnsOne(x => x.Contact, c => c.ToJson("contact"));
            e.OwnsOne(x => x.Form, f =>
            {
                f.ToJson("form");
                f.Property(x => x.HighestEducation).HasConversion<string>();
            });
            e.Property(x => x.RowVersion).IsRowVersion();
            // One active province per candidate per exam, enforced by the database under concurrency; a cancelled,
            // expired or withdrawn enrollment leaves the candidate free to enroll again.
            e.HasIndex(x => new { x.UserId, x.ExamCode }).IsUnique().HasFilter(EnrollmentStatuses.ActiveFilterSql).HasDatabaseName(OneActiveEnrollmentPerExamIndex);
            e.HasIndex(x => x.EnrollmentNumber).IsUnique();   // 报名号 are unique nationally, across exams and years
            e.HasIndex(x => x.PayBy).HasFilter("\"Status\" = 'AwaitingPayment'");
            // A candidate's own enrollments, newest first (lists, the returning candidate's prefill): the unique index
            // above covers active rows only.
            e.HasIndex(x => new { x.UserId, x.CreatedAt });
            // An exam's figures per province and status (ExamFigures, an index-only grouped scan), and whether an exam has enrollments.
            e.HasIndex(x => new { x.ExamCode, x.ProvinceCode, x.Status });
            // Administrators' 报名名单 of an exam in a province, newest first, by position (AdminEnrollmentList): read backwards,
            // a page is its own rows however deep; a status filter skips the others' entries along the way.
            e.HasIndex(x => new { x.ExamCode, x.ProvinceCode, x.CreatedAt, x.Id });
        });
        modelBuilder.Entity<EnrollmentNumberCounter>(e =>
        {
            e.ToTable("enrollment_number_counters");
            e.HasKey(x => new { x.Year, x.ProvinceCode });
            e.Property(x => x.Year).HasColumnName("year");
            e.Property(x => x.ProvinceCode).HasColumnName("province_code").HasMaxLength(6);
            e.Property(x => x.LastNumber).HasColumnName("last_number");
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
