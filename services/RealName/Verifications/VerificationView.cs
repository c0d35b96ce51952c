namespace AccountingPlatform.RealName.Verifications;

/// <summary>An Alipay certification as its candidate sees it.</summary>
public sealed record VerificationView(Guid Id, VerificationMethod Method, VerificationStatus Status, string? CertifyUrl,
    string? FailureCode, string? FailureMessage, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public static VerificationView Of(Verification v) =>
        new(v.Id, v.Method, v.Status, v.CertifyUrl, v.FailureCode, v.FailureMessage, v.CreatedAt, v.CompletedAt);
}
