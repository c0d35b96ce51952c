using AccountingPlatform.Enrollment.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// Live enrollment figures of an exam per province: one grouped query (province, status) over the exam's enrollments,
/// served by the index on (exam, province, status), then every status counted in its one place (<see cref="EnrollmentCounts"/>).
/// </summary>
public static class ExamFigures
{
    public static async Task<Results<Ok<ExamFiguresView>, ProblemHttpResult>> GetAsync(
        string examCode, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var provinces = await db.ExamProvinces.AsNoTracking().Where(p => p.ExamCode == examCode).OrderBy(p => p.ProvinceCode)
            .Select(p => new { p.ProvinceCode, p.ProvinceName }).ToListAsync(cancellationToken);
        if (provinces.Count == 0 && !await db.Exams.AnyAsync(e => e.Code == examCode, cancellationToken)) return ExamProblems.NotFound();
        var asOf = clock.GetUtcNow();
        var groups = await db.Enrollments.AsNoTracking().Where(e => e.ExamCode == examCode)
            .GroupBy(e => new { e.ProvinceCode, e.Status })
            .Select(g => new { g.Key.ProvinceCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var byProvince = groups.GroupBy(g => g.ProvinceCode)
            .ToDictionary(p => p.Key, p => p.Aggregate(EnrollmentCounts.None, (counts, g) => counts.Add(g.Status, g.Count)));
        var total = groups.Aggregate(EnrollmentCounts.None, (counts, g) => counts.Add(g.Status, g.Count));
        var rows = provinces.Select(p => ExamFiguresView.Province.Of(p.ProvinceCode, p.ProvinceName, byProvince.GetValueOrDefault(p.ProvinceCode, EnrollmentCounts.None)))
            .ToList();
        return TypedResults.Ok(new ExamFiguresView(examCode, asOf, rows, total));
    }
}
