using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Orders;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Data;

public sealed class PaymentDbContext(DbContextOptions<PaymentDbContext> options) : DbContext(options)
{
    public const string OnePendingOrderIndex = "ux_payment_orders_one_pending";

    public DbSet<PayableEnrollment> Payables => Set<PayableEnrollment>();
    public DbSet<PaymentOrder> Orders => Set<PaymentOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PayableEnrollment>(e =>
        {
            e.ToTable("payable_enrollments");
            e.HasKey(p => p.EnrollmentId);
            e.Property(p => p.ExamCode).HasMaxLength(20);
            e.Property(p => p.ExamName).HasMaxLength(100);
            e.Property(p => p.EnrollmentNumber).HasMaxLength(32);
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.ContactPhone).HasMaxLength(11);
            e.Property(p => p.ContactEmail).HasMaxLength(100);
        });
        modelBuilder.Entity<PaymentOrder>(e =>
        {
            e.ToTable("payment_orders");
            e.HasKey(o => o.Id);
            e.Property(o => o.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.OutTradeNo).HasMaxLength(64);
            e.Property(o => o.QrCode).HasMaxLength(500);
            e.Property(o => o.ContactPhone).HasMaxLength(11);
            e.Property(o => o.ContactEmail).HasMaxLength(100);
            e.Property(o => o.ChannelTradeNo).HasMaxLength(64);
            e.Property(o => o.RefundReason).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.RefundNo).HasMaxLength(64);
            e.Property(o => o.RowVersion).IsRowVersion();
            e.HasIndex(o => o.OutTradeNo).IsUnique();
            // At most one open QR code per enrollment, and at most one payment that counts.
            e.HasIndex(o => o.EnrollmentId, OnePendingOrderIndex).IsUnique().HasFilter("\"Status\" = 'Pending'");
            e.HasIndex(o => o.EnrollmentId, "ux_payment_orders_one_paid").IsUnique().HasFilter("\"Status\" = 'Paid'");
            // The reconciliation worker's queue: pending orders, and closed ones due a last look, due a query at the channel, by when.
            e.HasIndex(o => o.NextCheckAt, "ix_payment_orders_check_due").HasFilter("\"Status\" IN ('Pending', 'Closed') AND \"NextCheckAt\" IS NOT NULL");
            // The refund worker's queue: refunds due, by when.
            e.HasIndex(o => o.NextRefundAttemptAt, "ix_payment_orders_refund_due").HasFilter("\"Status\" = 'RefundRequired'");
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
