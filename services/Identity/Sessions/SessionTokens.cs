namespace AccountingPlatform.Identity.Sessions;

/// <summary>What a login or a refresh gives the client.</summary>
public sealed record SessionTokens(
    string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt, string Role);
