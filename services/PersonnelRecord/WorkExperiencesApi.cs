using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Work;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>工作经历: the candidate's jobs with accounting work and its proof (rules in Work/WorkExperienceEntries.cs).</summary>
public static class WorkExperiencesApi
{
    private static readonly WorkExperienceEntries Kind = new();

    public static IEndpointRouteBuilder MapWorkExperiencesApi(this IEndpointRouteBuilder app)
    {
        var work = app.MapGroup(Kind.Route).WithTags(Kind.Tag).RequireAuthorization(PlatformClaims.Policies.Candidate);
        work.MapGet("/", (HttpContext http, PersonnelDbContext db, CancellationToken ct) =>
            RecordEntries.ListAsync(Kind, http, db, ct)).WithSummary($"{Kind.Name}列表");
        work.MapPost("/", (WorkExperienceRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            RecordEntries.AddAsync(Kind, request, http, db, clock, ct)).WithSummary($"新增{Kind.Name}");
        work.MapPut("/{id:guid}", (Guid id, WorkExperienceRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            RecordEntries.UpdateAsync(Kind, id, request, http, db, clock, ct)).WithSummary($"修改{Kind.Name}");
        work.MapDelete("/{id:guid}", (Guid id, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            RecordEntries.DeleteAsync(Kind, id, http, db, clock, ct)).WithSummary($"删除{Kind.Name}");
        return app;
    }
}
