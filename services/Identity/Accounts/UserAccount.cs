namespace AccountingPlatform.Identity.Accounts;

/// <summary>A person who can sign in: a candidate, a reviewer (with the division it covers) or an administrator.</summary>
public sealed class UserAccount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public CertificateType? CertificateType { get; init; }
    public string? CertificateNumber { get; init; }
    public required string Name { get; init; }
    public required string Phone { get; init; }
    public string PasswordHash { get; set; } = "";
    public required string Role { get; init; }
    public string? DivisionCode { get; init; }
    public string? Gender { get; init; }
    public DateOnly? BirthDate { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Changes whenever every session must end (password changed or reset); access tokens carry it.</summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();
    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>When an administrator disabled this staff account (it can no longer log in), and who did; null while it is enabled.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
    public Guid? DisabledBy { get; set; }

    public static string NewSecurityStamp() => Guid.NewGuid().ToString("N");
}
