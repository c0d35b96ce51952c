namespace AccountingPlatform.Identity.Sessions;

public sealed record RefreshRequest(string? RefreshToken)
{
    /// <summary>Present and of a plausible length.</summary>
    public bool IsWellFormed() => !string.IsNullOrWhiteSpace(RefreshToken) && RefreshToken.Length <= 100;
}
