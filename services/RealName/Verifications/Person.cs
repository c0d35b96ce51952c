namespace AccountingPlatform.RealName.Verifications;

/// <summary>The registered identity to verify, learned from <c>UserRegistered</c>.</summary>
public sealed class Person
{
    public Guid UserId { get; init; }
    public required string Name { get; init; }
    public required string CertificateType { get; init; }
    public required string CertificateNumber { get; init; }
    public DateTimeOffset? VerifiedAt { get; set; }
}
