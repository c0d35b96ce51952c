namespace AccountingPlatform.Identity.Accounts;

public sealed record RegistrationRequest(
    CertificateType? CertificateType,
    string? CertificateNumber,
    string? Name,
    string? Phone,
    string? Password,
    string? ConfirmPassword,
    string? SmsCode);
