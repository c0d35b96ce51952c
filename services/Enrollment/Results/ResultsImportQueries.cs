using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Results imports as administrators see them: one import's status (state, lines read, errors, rows imported, times),
/// and an exam's imports newest first, a page at a time (so one who closed the page finds the job again).
/// </summary>
public static class ResultsImportQueries
{
    public static async Task<Results<Ok<ResultsImportStatus>, ProblemHttpResult>> GetAsync(string examCode, Guid id, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var job = await db.ResultsImports.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.ExamCode == examCode, cancellationToken);
        return job is null ? ResultsProblems.ImportNotFound() : TypedResults.Ok(ResultsImportStatus.Of(job));
    }

    public static async Task<Results<Ok<PagedList<ResultsImportSummary>>, ProblemHttpResult>> ListAsync(
        string examCode, EnrollmentDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        if (Paging.Validate(page, pageSize) is { } errors) return ApiProblem.Validation("ENROLLMENT_PAGING_INVALID", errors);
        if (!await db.Exams.AnyAsync(e => e.Code == examCode, cancellationToken)) return ExamProblems.NotFound();
        var imports = db.ResultsImports.AsNoTracking().Where(j => j.ExamCode == examCode);
        var total = await imports.CountAsync(cancellationToken);
        var rows = await imports.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(j => new ResultsImportSummary(j.Id, j.State, j.LinesRead, j.Valid, j.BadLines, j.ErrorCount, j.Imported, j.Added, j.Failure,
                j.RequestedByName, j.CreatedAt, j.FinishedAt))   // not the listed errors (up to 1,000 each): those are at the import's own resource
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ResultsImportSummary>(rows, page, pageSize, total));
    }
}
