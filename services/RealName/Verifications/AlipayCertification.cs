using AccountingPlatform.Channels.Alipay;

namespace AccountingPlatform.RealName.Verifications;

/// <summary>
/// Alipay identity verification: <c>alipay.user.certify.open.initialize</c> for the registered name and number,
/// the signed <c>alipay.user.certify.open.certify</c> URL the candidate opens, and <c>alipay.user.certify.open.query</c>
/// for the result.
/// </summary>
public sealed class AlipayCertification(AlipayClient alipay, IConfiguration configuration)
{
    public const string IdentityMismatchMessage = "您的支付宝账户实名信息与注册信息不一致，请联系报考省份的考试管理机构";

    public async Task StartAsync(Verification verification, Person person, CancellationToken cancellationToken)
    {
        var response = await alipay.ExecuteAsync("alipay.user.certify.open.initialize", new
        {
            OuterOrderNo = verification.Id.ToString("N"),
            BizCode = "FACE",
            IdentityParam = new { IdentityType = "CERT_INFO", CertType = "IDENTITY_CARD", CertName = person.Name, CertNo = person.CertificateNumber },
            MerchantConfig = new { ReturnUrl = configuration["Channels:Alipay:CertifyReturnUrl"] ?? "" },
        }, ct: cancellationToken);
        if (!response.IsSuccess || !response.Body.TryGetProperty("certify_id", out var id) || id.GetString() is not { Length: > 0 } certifyId)
            throw new InvalidOperationException($"Alipay certify initialize failed: {response.Code} {response.SubCode} {response.SubMsg}");
        verification.CertifyId = certifyId;
        verification.CertifyUrl = alipay.BuildPageUrl("alipay.user.certify.open.certify", new { CertifyId = certifyId });
    }

    /// <summary>Asks Alipay for the result and records it; an unfinished certification stays in progress.</summary>
    public async Task RefreshAsync(Verification verification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var response = await alipay.ExecuteAsync("alipay.user.certify.open.query", new { CertifyId = verification.CertifyId }, ct: cancellationToken);
        if (!response.IsSuccess)
        {
            verification.Status = VerificationStatus.Failed;
            verification.FailureCode = response.SubCode;
            verification.FailureMessage = response.SubCode switch
            {
                "CERTIFY_IDENTITY_MISMATCH" => IdentityMismatchMessage,
                _ => response.SubMsg ?? "支付宝认证失败，请稍后重试",   // e.g. the account-risk message, passed through
            };
            verification.CompletedAt = now;
            return;
        }
        var passed = response.Body.TryGetProperty("passed", out var p) && p.GetString() == "T";
        if (passed)
        {
            verification.Status = VerificationStatus.Passed;
            verification.FailureCode = null;
            verification.FailureMessage = null;
            verification.CompletedAt = now;
            return;
        }
        // "F" is both "not finished yet" and "not passed" (e.g. the face did not match): it stays open, the reason
        // is shown, and the candidate may finish it or start again.
        verification.FailureMessage = response.Body.TryGetProperty("fail_reason", out var reason) ? reason.GetString() : null;
    }
}
