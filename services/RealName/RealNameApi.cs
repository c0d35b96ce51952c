using AccountingPlatform.Channels;
using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Online;
using AccountingPlatform.RealName.Verifications;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName;

/// <summary>The candidate's real-name status and Alipay verification.</summary>
public static class RealNameApi
{
    public sealed record StatusView(bool Verified, DateTimeOffset? VerifiedAt, string MaskedName, string MaskedCertificateNumber,
        OnlineApplicationSummary? LatestOnlineApplication);
    public sealed record OnlineApplicationSummary(Guid Id, int Version, OnlineApplicationStatus Status, DateTimeOffset SubmittedAt, string? RejectionReason);
    public sealed record VerificationView(Guid Id, VerificationMethod Method, VerificationStatus Status, string? CertifyUrl,
        string? FailureCode, string? FailureMessage, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

    public static IEndpointRouteBuilder MapRealNameApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/realname/me").WithTags("Real name").RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapGet("/status", GetStatusAsync).WithSummary("实名认证状态");
        me.MapPost("/alipay-certifications", StartAlipayAsync).WithSummary("发起支付宝实名认证");
        me.MapGet("/alipay-certifications/{id:guid}", GetAlipayAsync).WithSummary("查询支付宝实名认证结果");
        return app;
    }

    public static async Task<Results<Ok<StatusView>, ProblemHttpResult>> GetStatusAsync(HttpContext http, RealNameDbContext db, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == http.User.GetUserId(), cancellationToken);
        if (person is null) return AccountNotReady();
        var online = await db.OnlineApplications.AsNoTracking().Where(a => a.UserId == person.UserId).OrderByDescending(a => a.Version)
            .Select(a => new OnlineApplicationSummary(a.Id, a.Version, a.Status, a.SubmittedAt, a.RejectionReason))
            .FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new StatusView(person.VerifiedAt is not null, person.VerifiedAt,
            PersonalData.MaskName(person.Name), PersonalData.MaskCertificateNumber(person.CertificateNumber), online));
    }

    public static async Task<Results<Created<VerificationView>, ProblemHttpResult>> StartAlipayAsync(
        HttpContext http, RealNameDbContext db, AlipayCertification certification, TimeProvider clock,
        ILogger<VerificationView> logger, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.UserId == http.User.GetUserId(), cancellationToken);
        if (person is null) return AccountNotReady();
        if (person.VerifiedAt is not null) return ApiProblem.Conflict("REALNAME_ALREADY_VERIFIED", "您已完成实名认证");
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
        return TypedResults.Created($"/api/realname/me/alipay-certifications/{verification.Id}", ToView(verification));
    }

    public static async Task<Results<Ok<VerificationView>, ProblemHttpResult>> GetAlipayAsync(
        Guid id, HttpContext http, RealNameDbContext db, AlipayCertification certification, TimeProvider clock,
        ILogger<VerificationView> logger, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var verification = await db.Verifications.FirstOrDefaultAsync(v => v.Id == id && v.UserId == userId && v.Method == VerificationMethod.Alipay, cancellationToken);
        if (verification is null) return ApiProblem.NotFound("REALNAME_VERIFICATION_NOT_FOUND", "认证记录不存在");
        if (verification.Status != VerificationStatus.InProgress) return TypedResults.Ok(ToView(verification));

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
        {
            var person = await db.People.FirstAsync(p => p.UserId == userId, cancellationToken);
            person.VerifiedAt ??= now;
            db.AddIntegrationEvent(new RealNameVerified(userId, verification.Id, VerificationMethod.Alipay.ToString(), now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToView(verification));
    }

    private static ProblemHttpResult AccountNotReady() =>
        ApiProblem.NotFound("REALNAME_ACCOUNT_NOT_READY", "账号信息正在同步，请稍后再试");

    private static VerificationView ToView(Verification v) =>
        new(v.Id, v.Method, v.Status, v.CertifyUrl, v.FailureCode, v.FailureMessage, v.CreatedAt, v.CompletedAt);

    private static ProblemHttpResult AlipayUnavailable(HttpResponse response) =>
        ApiProblem.Unavailable(response, TimeSpan.FromSeconds(30), "REALNAME_ALIPAY_UNAVAILABLE", "支付宝认证服务暂时不可用，请稍后重试");
}
