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
            e.Property(i => i.ClaimedByName).HasMaxLength(100);
            e.Property(i => i.RowVersion).IsRowVersion();
            e.HasIndex(i => new { i.Kind, i.SubjectId, i.SubjectVersion }).IsUnique();
            // The queue (ReviewQueue.Page), oldest first in a total order: a kind and a status read in order, the division
            // prefix checked on the way; a kind in order whatever the status; the whole division in order whatever the kind;
            // a narrow division (a county, a department, days) found by its prefix (pattern operators, so LIKE 'prefix%' can
            // use it in any collation) and sorted; the total of a kind and status counted from exactly its entries (kind,
            // status, division prefix: 20,000 of a 100,000-item province, not all 100,000); the tabs' counts read from
            // an index alone; the few claimed items found at once.
            e.HasIndex(i => new { i.Kind, i.Status, i.SubmittedAt, i.Id });
            e.HasIndex(i => new { i.Kind, i.SubmittedAt, i.Id });
            e.HasIndex(i => new { i.SubmittedAt, i.Id });
            e.HasIndex(i => new { i.DivisionCode, i.Kind, i.Status, i.SubmittedAt }).HasOperators("varchar_pattern_ops");
            e.HasIndex(i => new { i.Kind, i.Status, i.DivisionCode }).HasOperators("", "", "varchar_pattern_ops");
            e.HasIndex(i => i.ClaimedBy).HasFilter("\"ClaimedBy\" IS NOT NULL");
        });
        modelBuilder.Entity<ReviewDecision>(e =>
        {
            e.ToTable("review_decisions");
            e.HasKey(d => d.Id);
            e.Property(d => d.PreviousStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.NewStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.ReviewerDivisionCode).HasMaxLength(12);
            e.Property(d => d.ReviewerName).HasMaxLength(100);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(d => d.CandidateName).HasMaxLength(100);
            e.Property(d => d.DivisionCode).HasMaxLength(12);
            e.Property(d => d.Comment).HasMaxLength(1000);
            e.HasIndex(d => d.ReviewItemId);
            // The administrators' audit (DecisionAudit): newest first, optionally within a division.
            e.HasIndex(d => new { d.DecidedAt, d.Id });
            e.HasIndex(d => new { d.DivisionCode, d.DecidedAt }).HasOperators("varchar_pattern_ops");
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
