namespace AccountingPlatform.Identity.PaymentContacts;

public sealed record PaymentContactIssued(string ContactToken, DateTimeOffset ExpiresAt, string Phone, string Email);
