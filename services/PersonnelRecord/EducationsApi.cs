using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Educations;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>教育经历: the candidate's education entries (rules in Educations/EducationEntries.cs).</summary>
public static class EducationsApi
{
    private static readonly EducationEntries Kind = new();

    public static IEndpointRouteBuilder MapEducationsApi(this IEndpointRouteBuilder app)
    {
        var educations = app.MapGroup(Kind.Route).WithTags(Kind.Tag).RequireAuthorization(PlatformClaims.Policies.Candidate);
        educations.MapGet("/", (HttpContext http, PersonnelDbContext db, CancellationToken ct) =>
            RecordEntries.ListAsync(Kind, http, db, ct)).WithSummary($"{Kind.Name}列表");
        educations.MapPost("/", (EducationRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            RecordEntries.AddAsync(Kind, request, http, db, clock, ct)).WithSummary($"新增{Kind.Name}");
        educations.MapPut("/{id:guid}", (Guid id, EducationRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            RecordEntries.UpdateAsync(Kind, id, request, http, db, clock, ct)).WithSummary($"修改{Kind.Name}");
        educations.MapDelete("/{id:guid}", (Guid id, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) =>
            RecordEntries.DeleteAsync(Kind, id, http, db, clock, ct)).WithSummary($"删除{Kind.Name}");
        return app;
    }
}
