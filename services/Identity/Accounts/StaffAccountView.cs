namespace AccountingPlatform.Identity.Accounts;

public sealed record StaffAccountView(Guid UserId, string Name, string MaskedPhone, string Role, string? DivisionCode, string? DivisionName);
