using AccountingPlatform.Divisions;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>The candidate's own personnel record: save a draft step by step, submit it for review, read the review notice.</summary>
public static class RecordsApi
{
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/personnel/me/record").WithTags("Personnel record")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapGet("/", GetAsync).WithSummary("我的会计人员信息与审核告知");
        me.MapPut("/", SaveDraftAsync).WithSummary("保存草稿（保存并下一步）：采集范围、会计管理部门");
        me.MapPost("/submit", RecordSubmission.SubmitAsync).WithSummary("承诺并提交审核");
        return app;
    }

    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> GetAsync(
        HttpContext http, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (candidate is null || record is null) return RecordEditing.NotFound();
        return TypedResults.Ok(await RecordViews.OfAsync(record, candidate, db, cancellationToken));
    }

    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> SaveDraftAsync(
        SaveDraftRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.DepartmentDivisionCode is { } code && DivisionTree.Instance.Find(code) is null)
            return ApiProblem.Validation("PERSONNEL_RECORD_INVALID",
                new Dictionary<string, string[]> { ["departmentDivisionCode"] = ["请从行政区划中选择会计管理部门所在地"] });

        var (record, candidate, problem) = await RecordEditing.BeginAsync(db, http.User.GetUserId(), clock.GetUtcNow(), cancellationToken);
        if (problem is not null) return problem;
        record!.CollectionScope = request.CollectionScope ?? record.CollectionScope;
        record.DepartmentDivisionCode = request.DepartmentDivisionCode ?? record.DepartmentDivisionCode;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await RecordViews.OfAsync(record, candidate!, db, cancellationToken));
    }
}
