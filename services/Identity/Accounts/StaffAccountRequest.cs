namespace AccountingPlatform.Identity.Accounts;

public sealed record StaffAccountRequest(string? Name, string? Phone, string? Password, string? Role, string? DivisionCode);
