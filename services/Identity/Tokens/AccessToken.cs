namespace AccountingPlatform.Identity.Tokens;

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
