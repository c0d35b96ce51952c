using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
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
    public sealed record BasicInfo(string Name, string CertificateType, string CertificateNumber, string? Gender, DateOnly? BirthDate, string Phone);
    public sealed record RecordView(
        Guid Id, RecordStatus Status, int Version, CollectionScope? CollectionScope, string? DepartmentDivisionCode, string? DepartmentName,
        string? ReviewComment, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, BasicInfo BasicInfo,
        string? StandardPhotoUrl, string? CertificateFrontUrl, string? CertificateBackUrl, int Educations, int WorkExperiences,
        DepartmentContact? Department);
    /// <summary>审核告知: whom to ask about the review — the chosen department, or the nearest one above it in the directory.</summary>
    public sealed record DepartmentContact(string DivisionCode, string Name, string Phone, string Address);
    public sealed record SaveDraftRequest(CollectionScope? CollectionScope, string? DepartmentDivisionCode);
    public sealed record SubmitRequest(bool Commitment);

    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/personnel/me/record").WithTags("Personnel record")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapGet("/", GetAsync).WithSummary("我的会计人员信息与审核告知");
        me.MapPut("/", SaveDraftAsync).WithSummary("保存草稿（保存并下一步）：采集范围、会计管理部门");
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
        return TypedResults.Ok(await ToViewAsync(record, candidate, db, cancellationToken));
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
        return TypedResults.Ok(await ToViewAsync(record, candidate!, db, cancellationToken));
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
        if (record.Status == RecordStatus.Pending) return RecordEditing.UnderReview();
        if (record.Status == RecordStatus.Approved)
            return ApiProblem.Conflict("PERSONNEL_RECORD_ALREADY_APPROVED", "信息已审核通过，如需变更请先修改信息");

        var missing = new Dictionary<string, string[]>();
        if (record.CollectionScope is null) missing["collectionScope"] = ["请选择采集范围"];
        if (record.StandardPhotoId is null) missing["standardPhoto"] = ["请上传标准证件照"];
        if (record.CertificateFrontId is null) missing["certificateFront"] = ["请上传证件正面"];
        if (record.CertificateBackId is null) missing["certificateBack"] = ["请上传证件反面"];
        if (!await db.Educations.AnyAsync(e => e.UserId == userId, cancellationToken)) missing["educations"] = ["请至少填写一条教育经历"];
        if (!await db.WorkExperiences.AnyAsync(w => w.UserId == userId && w.HasAccountingWork, cancellationToken))
            missing["workExperiences"] = ["会计人员须至少填写一条从事会计工作的工作经历"];
        if (record.DepartmentDivisionCode is null) missing["departmentDivisionCode"] = ["请选择会计管理部门"];
        if (missing.Count > 0) return ApiProblem.Validation("PERSONNEL_RECORD_INCOMPLETE", missing, "信息尚未填写完整");

        var now = clock.GetUtcNow();
        record.Status = RecordStatus.Pending;
        record.Version++;
        record.SubmittedAt = now;
        record.ReviewComment = null;
        var (snapshot, attachments) = await RecordSnapshot.BuildAsync(db, record, candidate, cancellationToken);
        db.AddIntegrationEvent(new PersonnelRecordSubmitted(
            record.Id, userId, record.Version, record.DepartmentDivisionCode!, candidate.Name, now, snapshot, attachments));
        db.AddIntegrationEvent(new PersonnelRecordStatusChanged(
            record.Id, userId, record.Version, PersonnelRecordStatus.Pending, record.DepartmentDivisionCode, null, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordEditing.UnderReview();
        }
        return TypedResults.Ok(await ToViewAsync(record, candidate, db, cancellationToken));
    }

    private static ProblemHttpResult RecordNotFound() =>
        ApiProblem.NotFound("PERSONNEL_RECORD_NOT_FOUND", "尚未开始会计人员信息采集");

    private static async Task<RecordView> ToViewAsync(PersonnelRecordEntry r, Candidates.Candidate c, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var educations = await db.Educations.CountAsync(e => e.UserId == r.UserId, cancellationToken);
        var work = await db.WorkExperiences.CountAsync(w => w.UserId == r.UserId, cancellationToken);
        string? Url(Guid? fileId) => fileId is { } id ? RecordFileLinks.Of(r.Id, id) : null;
        DepartmentContact? contact = null;
        for (var at = r.DepartmentDivisionCode; at is not null && contact is null; at = DivisionTree.Instance.Find(at)?.ParentCode)
        {
            var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.DivisionCode == at, cancellationToken);
            if (department is not null) contact = new DepartmentContact(department.DivisionCode, department.Name, department.Phone, department.Address);
        }
        return new RecordView(
            r.Id, r.Status, r.Version, r.CollectionScope, r.DepartmentDivisionCode,
            r.DepartmentDivisionCode is { } code ? DivisionTree.Instance.FullName(code) : null,
            r.ReviewComment, r.SubmittedAt, r.DecidedAt,
            new BasicInfo(c.Name, c.CertificateType, c.CertificateNumber, c.Gender, c.BirthDate, c.Phone),
            Url(r.StandardPhotoId), Url(r.CertificateFrontId), Url(r.CertificateBackId), educations, work, contact);
    }
}
