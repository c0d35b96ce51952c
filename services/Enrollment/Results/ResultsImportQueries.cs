using AccountingPlatform.Enrollment.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>A results import's status: its state, lines read, errors, rows imported and times (administrators).</summary>
public static class ResultsImportQueries
{
    public static async Task<Results<Ok<ResultsImportStatus>, ProblemHttpResult>> GetAsync(string examCode, Guid id, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var job = await db.ResultsImports.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.ExamCode == examCode, cancellationToken);
        return job is null ? ResultsProblems.ImportNotFound() : TypedResults.Ok(ResultsImportStatus.Of(job));
    }
}
