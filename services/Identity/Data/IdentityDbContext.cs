using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public const string CertificateUniqueIndex = "ux_user_accounts_certificate";
    public const string PhoneUniqueIndex = "ux_user_accounts_phone";
    /// <summary>The staff accounts (<see cref="Accounts.StaffAccountList"/> asks for these very roles, so the planner uses the index).</summary>
    public const string StaffFilterSql = "\"Role\" IN ('reviewer', 'admin')";

    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("user_accounts");
            e.HasKey(u => u.Id);
            e.Property(u => u.CertificateType).HasConversion<string>().HasMaxLength(40);
            e.Property(u => u.CertificateNumber).HasMaxLength(32);
            e.Property(u => u.Name).HasMaxLength(100);
            e.Property(u => u.Phone).HasMaxLength(20);
            e.Property(u => u.PasswordHash).HasMaxLength(200);
            e.Property(u => u.Role).HasMaxLength(20);
            e.Property(u => u.DivisionCode).HasMaxLength(12);
            e.Property(u => u.Gender).HasMaxLength(10);
            e.Property(u => u.SecurityStamp).HasMaxLength(32);
            // One account per certificate and per phone, enforced by the database under concurrent registrations.
            e.HasIndex(u => new { u.CertificateType, u.CertificateNumber }).IsUnique().HasDatabaseName(CertificateUniqueIndex);
            e.HasIndex(u => u.Phone).IsUnique().HasDatabaseName(PhoneUniqueIndex);
            // The staff list (a few thousand among millions of candidates), in its order: division, then name.
            e.HasIndex(u => new { u.DivisionCode, u.Name }).HasFilter(StaffFilterSql).HasDatabaseName("ix_user_accounts_staff");
        });
        modelBuilder.Entity<RefreshToken>(e =>
        {
            e.ToTable("refresh_tokens");
            e.HasKey(t => t.Id);
            e.Property(t => t.TokenHash).HasMaxLength(32);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasIndex(t => new { t.UserId, t.RevokedAt });
            e.HasIndex(t => t.FamilyId);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
