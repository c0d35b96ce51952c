namespace AccountingPlatform.Contracts;

/// <summary>A candidate registered. Gender and birth date are derived from a 居民身份证 number, else null.</summary>
public sealed record UserRegistered(
    Guid UserId,
    string Name,
    string CertificateType,
    string CertificateNumber,
    string? Gender,
    DateOnly? BirthDate,
    string Phone,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
