using AccountingPlatform.Messaging;
using AccountingPlatform.Review.Departments;
using AccountingPlatform.Review.Items;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Data;

public sealed class ReviewDbContext(DbContextOptions<ReviewDbContext> options) : DbContext(options)
{
    public DbSet<ReviewItem> Items => Set<ReviewItem>();
    public DbSet<ReviewDecision> Decisions => Set<ReviewDecision>();
    public DbSet<Department> Departments => Set<Department>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReviewItem>(e =>
        {
            e.ToTable("review_items");
            e.HasKey(i => i.Id);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.DivisionCode).HasMaxLength(12);
            e.Property(i => i.CandidateName).HasMaxLength(100);
            e.Property(i => i.CertificateType).HasMaxLength(40);
            e.Property(i => i.CertificateNumber).HasMaxLength(32);
            e.Property(i => i.SnapshotJson).HasColumnType("jsonb");
            e.Property(i => i.Comment).HasMaxLength(1000);
            e.Property(i => i.RowVersion).IsRowVersion();
            e.HasIndex(i => new { i.Kind, i.SubjectId, i.SubjectVersion }).IsUnique();
            e.HasIndex(i => new { i.Status, i.DivisionCode });
        });
        modelBuilder.Entity<ReviewDecision>(e =>
        {
            e.ToTable("review_decisions");
            e.HasKey(d => d.Id);
            e.Property(d => d.PreviousStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.NewStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.ReviewerDivisionCode).HasMaxLength(12);
            e.Property(d => d.Comment).HasMaxLength(1000);
            e.HasIndex(d => d.ReviewItemId);
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
