using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Educations;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>教育经历: add, list, edit and delete the candidate's education entries.</summary>
public static class EducationsApi
{
    public static IEndpointRouteBuilder MapEducationsApi(this IEndpointRouteBuilder app)
    {
        var educations = app.MapGroup("/api/personnel/me/record/educations").WithTags("Education")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        educations.MapGet("/", ListAsync).WithSummary("教育经历列表");
        educations.MapPost("/", AddAsync).WithSummary("新增教育经历");
        educations.MapPut("/{id:guid}", UpdateAsync).WithSummary("修改教育经历");
        educations.MapDelete("/{id:guid}", DeleteAsync).WithSummary("删除教育经历");
        return app;
    }

    public static async Task<Ok<List<Education>>> ListAsync(HttpContext http, PersonnelDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Educations.AsNoTracking().Where(e => e.UserId == http.User.GetUserId())
            .OrderBy(e => e.StartDate).ToListAsync(cancellationToken));

    public static async Task<Results<Created<Education>, ProblemHttpResult>> AddAsync(
        EducationRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        if (await ValidateAsync(request, userId, db, clock, cancellationToken) is { } invalid) return invalid;
        var education = new Education { UserId = userId, School = "", Major = "" };
        Apply(request, education);
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => db.Educations.Add(education), cancellationToken) is { } problem) return problem;
        return TypedResults.Created($"/api/personnel/me/record/educations/{education.Id}", education);
    }

    public static async Task<Results<Ok<Education>, ProblemHttpResult>> UpdateAsync(
        Guid id, EducationRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var education = await db.Educations.FirstOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (education is null) return NotFound();
        if (await ValidateAsync(request, userId, db, clock, cancellationToken) is { } invalid) return invalid;
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => Apply(request, education), cancellationToken) is { } problem) return problem;
        return TypedResults.Ok(education);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var education = await db.Educations.FirstOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (education is null) return NotFound();
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => db.Educations.Remove(education), cancellationToken) is { } problem) return problem;
        return TypedResults.NoContent();
    }

    private static async Task<ProblemHttpResult?> ValidateAsync(
        EducationRequest request, Guid userId, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var birth = await db.Candidates.Where(c => c.UserId == userId).Select(c => c.BirthDate).FirstOrDefaultAsync(cancellationToken);
        var certified = request.OverseasCertificationFileId is { } fileId
            && await db.Files.AnyAsync(f => f.Id == fileId && f.UserId == userId && f.Kind == RecordFileKind.OverseasCertification, cancellationToken);
        var errors = EducationValidator.Validate(request, Today(clock), birth, certified);
        return errors.Count > 0 ? ApiProblem.Validation("PERSONNEL_EDUCATION_INVALID", errors) : null;
    }

    private static void Apply(EducationRequest r, Education e)
    {
        e.TrainingMode = r.TrainingMode!.Value;
        e.School = r.School!.Trim();
        e.Level = r.Level!.Value;
        e.Degree = r.Degree!.Value;
        e.Major = r.Major!.Trim();
        e.StartDate = r.StartDate!.Value;
        e.GraduationDate = r.GraduationDate!.Value;
        e.DiplomaNumber = r.DiplomaNumber?.Trim();
        e.DegreeNumber = r.DegreeNumber?.Trim();
        e.Overseas = r.Overseas;
        e.OverseasCertificationFileId = r.Overseas ? r.OverseasCertificationFileId : null;
    }

    internal static DateOnly Today(TimeProvider clock) => BeijingTime.Today(clock);

    private static ProblemHttpResult NotFound() => ApiProblem.NotFound("PERSONNEL_EDUCATION_NOT_FOUND", "教育经历不存在");
}
