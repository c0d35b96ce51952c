namespace AccountingPlatform.RealName.Verifications;

/// <summary>One attempt to verify a candidate's real name.</summary>
public sealed class Verification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public VerificationMethod Method { get; init; }
    public VerificationStatus Status { get; set; }
    /// <summary>Alipay's certify_id.</summary>
    public string? CertifyId { get; set; }
    public string? CertifyUrl { get; set; }
    /// <summary>What the candidate is told when it failed.</summary>
    public string? FailureMessage { get; set; }
    public string? FailureCode { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
}
