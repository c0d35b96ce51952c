using AccountingPlatform.Channels;
using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName.Verifications;

/// <summary>
/// 支付宝实名认证: started for a resident ID card not yet verified; its result asked of Alipay when the candidate comes
/// back, and a pass makes the person verified (<see cref="RealNameVerification"/>).
/// </summary>
public static class AlipayVerification
{
    public static async Task<Results<Created<VerificationView>, ProblemHttpResult>> StartAsync(
        HttpContext http, RealNameDbContext db, AlipayCertification certification, TimeProvider clock,
        ILogger<VerificationView> logger, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.UserId == http.User.GetUserId(), cancellationToken);
        if (person is null) return RealNameProblems.AccountNotReady();
        if (person.VerifiedAt is not null) return RealNameProblems.AlreadyVerified();
        if (person.CertificateType != "ResidentIdCard")
            return ApiProblem.Unprocessable("REALNAME_ALIPAY_NOT_SUPPORTED", "支付宝实名认证仅支持居民身份证，请选择线上实名认证");

        var verification = new Verification
        {
            UserId = person.UserId, Method = VerificationMethod.Alipay, Status = VerificationStatus.InProgress, CreatedAt = clock.GetUtcNow(),
        };
        try
        {
            await certification.StartAsync(verification, person, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException || ChannelCallFailure.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Starting an Alipay certification failed");
            return AlipayUnavailable(http.Response);
        }
        db.Verifications.Add(verification);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/realname/me/alipay-certifications/{verification.Id}", VerificationView.Of(verification));
    }

    public static async Task<Results<Ok<VerificationView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, RealNameDbContext db, AlipayCertification certification, TimeProvider clock,
        ILogger<VerificationView> logger, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var verification = await db.Verifications.FirstOrDefaultAsync(v => v.Id == id && v.UserId == userId && v.Method == VerificationMethod.Alipay, cancellationToken);
        if (verification is null) return ApiProblem.NotFound("REALNAME_VERIFICATION_NOT_FOUND", "认证记录不存在");
        if (verification.Status != VerificationStatus.InProgress) return TypedResults.Ok(VerificationView.Of(verification));

        var now = clock.GetUtcNow();
        try
        {
            await certification.RefreshAsync(verification, now, cancellationToken);
        }
        catch (AlipaySignatureException ex)
        {
            // Not Alipay's answer as Alipay signed it: nothing in it is believed.
            logger.LogError(ex, "Alipay's answer about certification {VerificationId} failed signature verification", verification.Id);
            return ApiProblem.Unavailable("REALNAME_ALIPAY_RESPONSE_UNVERIFIED", "支付宝认证结果校验未通过，请稍后重新查询");
        }
        catch (Exception ex) when (ChannelCallFailure.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Querying Alipay certification {VerificationId} failed", verification.Id);
            return AlipayUnavailable(http.Response);
        }
        if (verification.Status == VerificationStatus.Passed)
            RealNameVerification.Verify(db, await db.People.FirstAsync(p => p.UserId == userId, cancellationToken), verification.Id, VerificationMethod.Alipay, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VerificationView.Of(verification));
    }

    private static ProblemHttpResult AlipayUnavailable(HttpResponse response) =>
        ApiProblem.Unavailable(response, TimeSpan.FromSeconds(30), "REALNAME_ALIPAY_UNAVAILABLE", "支付宝认证服务暂时不可用，请稍后重试");
}
