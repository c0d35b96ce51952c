namespace AccountingPlatform.Web.Sessions;

/// <summary>A signed-in person's tokens from Identity, kept in Redis only: the browser holds a cookie naming the session, never a token.</summary>
public sealed record PortalTokens(string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);
