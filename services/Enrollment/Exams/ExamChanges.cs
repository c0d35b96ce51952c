using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>The audit of an exam's data: who changed what and when, newest first, a page at a time.</summary>
public static class ExamChanges
{
    public static async Task<Results<Ok<PagedList<ExamChangeView>>, ProblemHttpResult>> ChangesAsync(
        string examCode, EnrollmentDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        if (Paging.Validate(page, pageSize) is { } errors) return ApiProblem.Validation("ENROLLMENT_PAGING_INVALID", errors);
        var changes = db.ExamChanges.AsNoTracking().Where(c => c.ExamCode == examCode);
        var total = await changes.CountAsync(cancellationToken);
        var rows = await changes.OrderByDescending(c => c.ChangedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ExamChangeView>(rows.Select(ExamChangeView.Of).ToList(), page, pageSize, total));
    }
}
