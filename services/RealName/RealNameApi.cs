using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Verifications;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.RealName;

/// <summary>The candidate's real-name status and Alipay verification (rules in Verifications/).</summary>
public static class RealNameApi
{
    public static IEndpointRouteBuilder MapRealNameApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/realname/me").WithTags("Real name").RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapGet("/status", (HttpContext http, RealNameDbContext db, CancellationToken ct) => RealNameStatus.GetAsync(http, db, ct))
            .WithSummary("实名认证状态");
        me.MapPost("/alipay-certifications", (HttpContext http, RealNameDbContext db, AlipayCertification certification, TimeProvider clock,
                ILogger<VerificationView> logger, CancellationToken ct) => AlipayVerification.StartAsync(http, db, certification, clock, logger, ct))
            .WithSummary("发起支付宝实名认证");
        me.MapGet("/alipay-certifications/{id:guid}", (Guid id, HttpContext http, RealNameDbContext db, AlipayCertification certification,
                TimeProvider clock, ILogger<VerificationView> logger, CancellationToken ct) => AlipayVerification.GetAsync(id, http, db, certification, clock, logger, ct))
            .WithSummary("查询支付宝实名认证结果");
        return app;
    }
}
