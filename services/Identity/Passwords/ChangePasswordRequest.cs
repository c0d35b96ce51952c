namespace AccountingPlatform.Identity.Passwords;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);
