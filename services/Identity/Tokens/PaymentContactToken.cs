namespace AccountingPlatform.Identity.Tokens;

public sealed record PaymentContactToken(string Token, DateTimeOffset ExpiresAt);
