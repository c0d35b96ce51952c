using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.PersonnelRecord.Work;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>工作经历: add, list, edit and delete the candidate's jobs, with accounting work and its proof.</summary>
public static class WorkExperiencesApi
{
    public static IEndpointRouteBuilder MapWorkExperiencesApi(this IEndpointRouteBuilder app)
    {
        var work = app.MapGroup("/api/personnel/me/record/work-experiences").WithTags("Work experience")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        work.MapGet("/", ListAsync).WithSummary("工作经历列表");
        work.MapPost("/", AddAsync).WithSummary("新增工作经历");
        work.MapPut("/{id:guid}", UpdateAsync).WithSummary("修改工作经历");
        work.MapDelete("/{id:guid}", DeleteAsync).WithSummary("删除工作经历");
        return app;
    }

    public static async Task<Ok<List<WorkExperience>>> ListAsync(HttpContext http, PersonnelDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.WorkExperiences.AsNoTracking().Where(w => w.UserId == http.User.GetUserId())
            .OrderBy(w => w.StartDate).ToListAsync(cancellationToken));

    public static async Task<Results<Created<WorkExperience>, ProblemHttpResult>> AddAsync(
        WorkExperienceRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        if (await ValidateAsync(request, userId, db, clock, cancellationToken) is { } invalid) return invalid;
        var work = new WorkExperience { UserId = userId, Employer = "", CreditCode = "", Industry = "", Address = "", Phone = "" };
        Apply(request, work);
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => db.WorkExperiences.Add(work), cancellationToken) is { } problem) return problem;
        return TypedResults.Created($"/api/personnel/me/record/work-experiences/{work.Id}", work);
    }

    public static async Task<Results<Ok<WorkExperience>, ProblemHttpResult>> UpdateAsync(
        Guid id, WorkExperienceRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var work = await db.WorkExperiences.FirstOrDefaultAsync(w => w.Id == id && w.UserId == userId, cancellationToken);
        if (work is null) return NotFound();
        if (await ValidateAsync(request, userId, db, clock, cancellationToken) is { } invalid) return invalid;
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => Apply(request, work), cancellationToken) is { } problem) return problem;
        return TypedResults.Ok(work);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var work = await db.WorkExperiences.FirstOrDefaultAsync(w => w.Id == id && w.UserId == userId, cancellationToken);
        if (work is null) return NotFound();
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => db.WorkExperiences.Remove(work), cancellationToken) is { } problem) return problem;
        return TypedResults.NoContent();
    }

    private static async Task<ProblemHttpResult?> ValidateAsync(
        WorkExperienceRequest request, Guid userId, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var birth = await db.Candidates.Where(c => c.UserId == userId).Select(c => c.BirthDate).FirstOrDefaultAsync(cancellationToken);
        var proof = request.ProofFileId is { } fileId
            && await db.Files.AnyAsync(f => f.Id == fileId && f.UserId == userId && f.Kind == RecordFileKind.AccountingWorkProof, cancellationToken);
        var errors = WorkExperienceValidator.Validate(request, EducationsApi.Today(clock), birth, proof);
        return errors.Count > 0 ? ApiProblem.Validation("PERSONNEL_WORK_EXPERIENCE_INVALID", errors) : null;
    }

    private static void Apply(WorkExperienceRequest r, WorkExperience w)
    {
        w.StartDate = r.StartDate!.Value;
        w.EndDate = r.EndDate;
        w.Employer = r.Employer!.Trim();
        w.CreditCode = r.CreditCode!.Trim().ToUpperInvariant();
        w.EmployerType = r.EmployerType!.Value;
        w.Industry = r.Industry!.Trim();
        w.Address = r.Address!.Trim();
        w.Phone = r.Phone!.Trim();
        w.HasAccountingWork = r.HasAccountingWork;
        w.AccountingWorks = r.HasAccountingWork
            ? [.. r.AccountingWorks!.Select(a => new AccountingWork { StartDate = a.StartDate!.Value, EndDate = a.EndDate, Position = a.Position!.Trim() })]
            : [];
        w.ProofFileId = r.HasAccountingWork ? r.ProofFileId : null;
    }

    private static ProblemHttpResult NotFound() => ApiProblem.NotFound("PERSONNEL_WORK_EXPERIENCE_NOT_FOUND", "工作经历不存在");
}
