using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Online;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.RealName;

/// <summary>线上实名认证: the candidate uploads three certificate photos and chooses a county; a reviewer there decides (rules in Online/).</summary>
public static class OnlineApplicationsApi
{
    public static IEndpointRouteBuilder MapOnlineApplicationsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/realname/me/online-applications").WithTags("Online real-name applications")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapPost("/", (HttpContext http, RealNameDbContext db, TimeProvider clock, ILogger<OnlineApplicationView> logger, CancellationToken ct) =>
                OnlineApplicationSubmission.SubmitAsync(http, db, clock, logger, ct))
            .Accepts<IFormFile>("multipart/form-data").WithSummary("提交线上实名认证（multipart/form-data：countyCode, portraitSide, otherSide, handheld）");
        me.MapGet("/", (HttpContext http, RealNameDbContext db, CancellationToken ct) => OnlineApplicationQueries.ListMineAsync(http, db, ct))
            .WithSummary("我的线上实名认证申请");

        var applications = app.MapGroup("/api/realname/applications").WithTags("Online real-name applications");
        applications.MapGet("/{id:guid}/photos/{photoId:guid}", (Guid id, Guid photoId, HttpContext http, RealNameDbContext db, CancellationToken ct) =>
            OnlineApplicationQueries.GetPhotoAsync(id, photoId, http, db, ct)).WithSummary("申请照片（仅本人及所辖审核人员可见）");
        return app;
    }
}
