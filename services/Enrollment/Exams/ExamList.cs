using AccountingPlatform.Enrollment.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// The exams, newest year first. Candidates see only exams some province offers (an exam created to import last year's
/// results, with no province, is not one they can enroll in) and that is published (<see cref="CandidateExams"/>);
/// administrators see them all.
/// </summary>
public static class ExamList
{
    public static Task<Ok<List<ExamView>>> OfferedAsync(EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ListAsync(db.Exams.SeenByCandidates().Where(e => e.Provinces.Any()), clock, cancellationToken);

    public static Task<Ok<List<ExamView>>> AllAsync(EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ListAsync(db.Exams, clock, cancellationToken);

    private static async Task<Ok<List<ExamView>>> ListAsync(IQueryable<Exam> exams, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rows = await exams.AsNoTracking().Include(e => e.Subjects).Include(e => e.Provinces)
            .OrderByDescending(e => e.Year).ThenBy(e => e.Code).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(rows.Select(e => ExamView.Of(e, now)).ToList());
    }
}
