using AccountingPlatform.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment;

/// <summary>Published exam terms: subjects, provinces, windows and fees (public information).</summary>
public static class ExamsApi
{
    public sealed record SubjectView(string Code, string Name);
    public sealed record ProvinceView(string ProvinceCode, string ProvinceName, bool LinkedToPersonnelRegistry,
        DateTimeOffset WindowOpensAt, DateTimeOffset WindowClosesAt, long FeePerSubjectFen, string Currency);
    public sealed record ExamView(string Code, string Name, IReadOnlyList<SubjectView> Subjects, IReadOnlyList<ProvinceView> Provinces);

    public static IEndpointRouteBuilder MapExamsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/enrollment/exams").WithTags("Exams")
            .MapGet("/", ListAsync).AllowAnonymous().WithSummary("考试、科目、各省报名时间与收费标准");
        return app;
    }

    public static async Task<IResult> ListAsync(EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var exams = await db.Exams.AsNoTracking().Include(e => e.Subjects).Include(e => e.Provinces)
            .OrderByDescending(e => e.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(exams.Select(e => new ExamView(
            e.Code, e.Name,
            e.Subjects.OrderBy(s => s.Code).Select(s => new SubjectView(s.Code, s.Name)).ToList(),
            e.Provinces.OrderBy(p => p.ProvinceCode).Select(p => new ProvinceView(
                p.ProvinceCode, p.ProvinceName, p.LinkedToPersonnelRegistry, p.WindowOpensAt, p.WindowClosesAt, p.FeePerSubjectFen, "CNY")).ToList()))
            .ToList());
    }
}
