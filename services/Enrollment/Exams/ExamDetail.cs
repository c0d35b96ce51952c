using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>One exam with everything its edit form shows (<see cref="ExamDetailView"/>), published or not.</summary>
public static class ExamDetail
{
    public static async Task<Results<Ok<ExamDetailView>, ProblemHttpResult>> GetAsync(
        string examCode, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var exam = await db.Exams.AsNoTracking().Include(e => e.Subjects).Include(e => e.Provinces).FirstOrDefaultAsync(e => e.Code == examCode, cancellationToken);
        if (exam is null) return ExamProblems.NotFound();
        var enrollments = await db.Enrollments.CountAsync(e => e.ExamCode == examCode, cancellationToken);
        return TypedResults.Ok(ExamDetailView.Of(exam, enrollments, clock.GetUtcNow()));
    }
}
