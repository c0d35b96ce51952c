using System.Text.RegularExpressions;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>The candidate's own personnel record: save a draft, submit it for review, read the review notice.</summary>
public static partial class RecordsApi
{
    public sealed record BasicInfo(string Name, string CertificateType, string CertificateNumber, string? Gender, DateOnly? BirthDate, string Phone);
    public sealed record RecordView(
        Guid Id, RecordStatus Status, int Version, CollectionScope? CollectionScope, string? DepartmentDivisionCode,
        string? ReviewComment, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, BasicInfo BasicInfo);
    public sealed record SaveDraftRequest(CollectionScope? CollectionScope, string? DepartmentDivisionCode);
    public sealed record SubmitRequest(bool Commitment);

    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/personnel/me/record").WithTags("Personnel record")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapGet("/", GetAsync).WithSummary("我的会计人员信息与审核告知");
        me.MapPut("/", SaveDraftAsync).WithSummary("保存草稿（保存并下一步）");
        me.MapPost("/submit", SubmitAsync).WithSummary("承诺并提交审核");
        return app;
    }

    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> GetAsync(
        HttpContext http, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (candidate is null || record is null) return RecordNotFound();
        return TypedResults.Ok(ToView(record, candidate));
    }

    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> SaveDraftAsync(
        SaveDraftRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.DepartmentDivisionCode is { } code && !DivisionCode().IsMatch(code))
            errors["departmentDivisionCode"] = ["会计管理部门所在地区代码应为6位数字"];
        if (errors.Count > 0) return ApiProblem.Validation("PERSONNEL_RECORD_INVALID", errors);

        var userId = http.User.GetUserId();
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (candidate is not { RealNameVerified: true })
            return ApiProblem.Unprocessable("PERSONNEL_REALNAME_REQUIRED", "请先完成实名认证，再进行会计人员信息采集");

        var record = await db.Records.FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (record is null)
        {
            record = new PersonnelRecordEntry { UserId = userId, Status = RecordStatus.Draft };
            db.Records.Add(record);
        }
        else if (record.Status == RecordStatus.Pending)
        {
            return UnderReview();
        }
        record.CollectionScope = request.CollectionScope ?? record.CollectionScope;
        record.DepartmentDivisionCode = request.DepartmentDivisionCode ?? record.DepartmentDivisionCode;
        // Editing an approved or rejected record makes it a draft again: it must go back to review.
        record.Status = RecordStatus.Draft;
        record.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToView(record, candidate));
    }

    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> SubmitAsync(
        SubmitRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!request.Commitment)
            return ApiProblem.Validation("PERSONNEL_COMMITMENT_REQUIRED",
                new Dictionary<string, string[]> { ["commitment"] = ["请勾选“承诺所提供信息真实有效”"] });

        var userId = http.User.GetUserId();
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var record = await db.Records.FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (candidate is null || record is null) return RecordNotFound();
        if (record.Status == RecordStatus.Pending) return UnderReview();
        if (record.Status == RecordStatus.Approved)
            return ApiProblem.Conflict("PERSONNEL_RECORD_ALREADY_APPROVED", "信息已审核通过，如需变更请先修改信息");

        var missing = new Dictionary<string, string[]>();
        if (record.CollectionScope is null) missing["collectionScope"] = ["请选择采集范围"];
        if (record.DepartmentDivisionCode is null) missing["departmentDivisionCode"] = ["请选择会计管理部门"];
        if (missing.Count > 0) return ApiProblem.Validation("PERSONNEL_RECORD_INCOMPLETE", missing, "信息尚未填写完整");

        var now = clock.GetUtcNow();
        record.Status = RecordStatus.Pending;
        record.Version++;
        record.SubmittedAt = now;
        record.ReviewComment = null;
        db.AddIntegrationEvent(new PersonnelRecordSubmitted(record.Id, userId, record.Version, record.DepartmentDivisionCode!, candidate.Name, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return UnderReview();
        }
        return TypedResults.Ok(ToView(record, candidate));
    }

    private static ProblemHttpResult RecordNotFound() =>
        ApiProblem.NotFound("PERSONNEL_RECORD_NOT_FOUND", "尚未开始会计人员信息采集");

    private static ProblemHttpResult UnderReview() =>
        ApiProblem.Conflict("PERSONNEL_RECORD_UNDER_REVIEW", "信息正在审核中，审核完成前不能修改或重复提交");

    private static RecordView ToView(PersonnelRecordEntry r, Candidates.Candidate c) => new(
        r.Id, r.Status, r.Version, r.CollectionScope, r.DepartmentDivisionCode, r.ReviewComment, r.SubmittedAt, r.DecidedAt,
        new BasicInfo(c.Name, c.CertificateType, c.CertificateNumber, c.Gender, c.BirthDate, c.Phone));

    [GeneratedRegex("^[1-9][0-9]{5}$")]
    private static partial Regex DivisionCode();
}
