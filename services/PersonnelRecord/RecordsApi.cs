using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>The candidate's own personnel record: save a draft step by step, submit it for review, read the review notice (rules in Records/).</summary>
public static class RecordsApi
{
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/personnel/me/record").WithTags("Personnel record")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapGet("/", (HttpContext http, PersonnelDbContext db, CancellationToken ct) =>
            RecordReading.GetAsync(http, db, ct)).WithSummary("我的会计人员信息与审核告知");
        me.MapPut("/", (SaveDraftRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            DraftSaving.SaveAsync(request, http, db, clock, ct)).WithSummary("保存草稿（保存并下一步）：采集范围、会计管理部门");
        me.MapPost("/submit", (SubmitRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            RecordSubmission.SubmitAsync(request, http, db, clock, ct)).WithSummary("承诺并提交审核");
        return app;
    }
}
