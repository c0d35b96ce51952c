namespace AccountingPlatform.Identity.Passwords;

public sealed record ResetPasswordRequest(string? CertificateNumber, string? Phone, string? SmsCode, string? NewPassword, string? ConfirmPassword);
