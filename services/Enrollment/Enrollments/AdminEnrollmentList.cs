using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// An exam's enrollments in one province as administrators see them (administrators are national: every province),
/// newest first in a total order (created, then id) and paged by position (<see cref="EnrollmentListCursor"/>), so a page
/// reads only its rows however deep: served by the index on (exam, province, created, id) of <c>EnrollmentDbContext</c>.
/// </summary>
public static class AdminEnrollmentList
{
    /// <summary>
    /// The first page counts its matches up to here (an index-only scan of at most this many entries, ~1 ms; the exact
    /// count of 100,000 is ~25 ms). A province's exact figures per status are the exam's 报名统计 (<see cref="ExamFigures"/>).
    /// </summary>
    public const int CountedUpTo = 10_000;

    public static async Task<Results<Ok<AdminEnrollmentPage>, ProblemHttpResult>> ListAsync(string examCode, string? province, string? status,
        string? q, string? after, int pageSize, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var (filter, errors) = AdminEnrollmentFilter.Parse(province, status, q, after, pageSize);
        if (errors is not null) return ApiProblem.Validation(AdminEnrollmentFilter.ErrorCode, errors);
        if (!await db.ExamProvinces.AnyAsync(p => p.ExamCode == examCode && p.ProvinceCode == filter!.ProvinceCode, cancellationToken))
        {
            if (!await db.Exams.AnyAsync(e => e.Code == examCode, cancellationToken)) return ExamProblems.NotFound();
            return ApiProblem.Validation(AdminEnrollmentFilter.ErrorCode, new Dictionary<string, string[]> { ["province"] = ["该考试未在此省份安排报名"] });
        }
        var matching = Filtered(db, examCode, filter!);
        int? counted = filter!.After is null ? await matching.Take(CountedUpTo + 1).CountAsync(cancellationToken) : null;
        var rows = await Page(db, matching, filter).ToListAsync(cancellationToken);
        var next = rows.Count > filter.PageSize ? new EnrollmentListCursor(rows[filter.PageSize - 1].CreatedAt, rows[filter.PageSize - 1].Id).Encode() : null;
        return TypedResults.Ok(new AdminEnrollmentPage(rows.Take(filter.PageSize).Select(AdminEnrollmentView.Of).ToList(), filter.PageSize,
            counted is null ? null : Math.Min(counted.Value, CountedUpTo), counted > CountedUpTo, next));
    }

    public static IQueryable<ExamEnrollment> Filtered(EnrollmentDbContext db, string examCode, AdminEnrollmentFilter filter)
    {
        var query = db.Enrollments.AsNoTracking().Where(e => e.ExamCode == examCode && e.ProvinceCode == filter.ProvinceCode);
        if (filter.Status is { } status) query = query.Where(e => e.Status == status);
        if (filter.EnrollmentNumber is { } number) query = query.Where(e => e.EnrollmentNumber == number);
        if (filter.CertificateNumber is { } certificate)
            query = query.Where(e => db.Candidates.Any(c => c.UserId == e.UserId && c.CertificateNumber == certificate));
        return query;
    }

    /// <summary>One page and one row more (whether a next page exists), after the cursor, with the candidate's name and certificate (public so a test can read its plan).</summary>
    public static IQueryable<AdminEnrollmentView.Row> Page(EnrollmentDbContext db, IQueryable<ExamEnrollment> matching, AdminEnrollmentFilter filter)
    {
        if (filter.After is { } after)
            matching = matching.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.CreatedAt, e.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
        var page = matching.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(filter.PageSize + 1);
        return from e in page
               join c in db.Candidates on e.UserId equals c.UserId into candidates
               from c in candidates.DefaultIfEmpty()
               orderby e.CreatedAt descending, e.Id descending
               select new AdminEnrollmentView.Row(e.Id, e.EnrollmentNumber, c == null ? null : c.Name, c == null ? null : c.CertificateType,
                   c == null ? null : c.CertificateNumber, e.Contact.MobilePhone, e.Kind, e.SubjectCodes, e.AmountFen, e.Status,
                   e.CreatedAt, e.PayBy, e.PaidAt, e.ClosedAt);
    }
}
