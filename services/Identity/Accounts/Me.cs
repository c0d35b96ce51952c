namespace AccountingPlatform.Identity.Accounts;

/// <summary>The signed-in user as they see themselves.</summary>
public sealed record Me(Guid UserId, string Name, CertificateType? CertificateType, string? CertificateNumber, string Phone, string Role, string? DivisionCode);
