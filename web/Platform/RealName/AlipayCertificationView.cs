namespace AccountingPlatform.Web.Platform.RealName;

/// <summary>
/// An Alipay certification (Status: InProgress, Passed, Failed). FailureCode is Alipay's sub_code when it refused
/// (CERTIFY_IDENTITY_MISMATCH, CERTIFY_ACCOUNT_RISK, …); FailureMessage is what the person is told.
/// </summary>
public sealed record AlipayCertificationView(Guid Id, string Method, string Status, string? CertifyUrl, string? FailureCode, string? FailureMessage,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
