using AccountingPlatform.Web.Sessions;

namespace AccountingPlatform.Web.Platform;

/// <summary>Identity's answer to a login or a refresh.</summary>
public sealed record SessionTokensView(string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt, string Role)
{
    public PortalTokens ToPortalTokens() => new(AccessToken, ExpiresAt, RefreshToken, RefreshTokenExpiresAt);
}
