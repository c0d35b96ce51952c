namespace AccountingPlatform.Identity.Sessions;

/// <summary>
/// One refresh token of a session, stored only as its SHA-256. Each use rotates it: the used token is marked replaced
/// and a new one of the same family (session) is issued. A replaced token presented again means it was stolen: the
/// whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    /// <summary>The session: every token rotated from the same login.</summary>
    public Guid FamilyId { get; init; }
    public required byte[] TokenHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ReplacedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
