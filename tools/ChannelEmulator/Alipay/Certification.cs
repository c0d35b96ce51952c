namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>A face certification started by <c>alipay.user.certify.open.initialize</c>; no outcome until completed.</summary>
public sealed record Certification(
    string CertifyId,
    string AppId,
    string OuterOrderNo,
    string BizCode,
    string IdentityType,
    string CertType,
    string CertName,
    string CertNo,
    string? ReturnUrl,
    DateTimeOffset CreatedAt)
{
    public CertificationOutcome? Outcome { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
