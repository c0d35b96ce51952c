using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>What a candidate reads: their enrollments (paged, newest first), one enrollment, and their options in a province.</summary>
public static class EnrollmentQueries
{
    public static async Task<Results<Ok<PagedList<EnrollmentView>>, ProblemHttpResult>> ListAsync(
        Guid userId, int page, int pageSize, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors) return ApiProblem.Validation("ENROLLMENT_PAGING_INVALID", errors);
        var mine = db.Enrollments.AsNoTracking().Where(e => e.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderByDescending(e => e.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<EnrollmentView>(rows.Select(EnrollmentView.Of).ToList(), page, pageSize, total));
    }

    public static async Task<Results<Ok<EnrollmentView>, ProblemHttpResult>> GetAsync(Guid id, Guid userId, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        return enrollment is null ? ApiProblem.NotFound("ENROLLMENT_NOT_FOUND", "报名记录不存在") : TypedResults.Ok(EnrollmentView.Of(enrollment));
    }

    public static async Task<Results<Ok<EnrollmentOptionsView>, ProblemHttpResult>> OptionsAsync(
        string examCode, string provinceCode, Guid userId, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var exam = await db.Exams.AsNoTracking().SeenByCandidates().Include(e => e.Subjects).Include(e => e.Provinces.Where(p => p.ProvinceCode == provinceCode))
            .FirstOrDefaultAsync(e => e.Code == examCode, cancellationToken);
        if (exam is null) return ApiProblem.NotFound("ENROLLMENT_EXAM_NOT_FOUND", "考试不存在");
        if (exam.Provinces.FirstOrDefault(p => p.ProvinceCode == provinceCode) is not { } province)
            return ApiProblem.NotFound("ENROLLMENT_PROVINCE_NOT_OFFERED", "该省份未开放本次考试报名");
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var standing = CandidateStandings.Decide(await CandidateStandings.LoadAsync(db, userId, candidate, exam, cancellationToken), exam, province);
        var selectable = exam.Subjects.Where(s => standing.Carried.All(c => c.Code != s.Code)).OrderBy(s => s.Code)
            .Select(s => new ExamView.Subject(s.Code, s.Name)).ToList();
        return TypedResults.Ok(new EnrollmentOptionsView(exam.Code, province.ProvinceCode, standing.RealNameVerified, standing.Kind, standing.FormRequired, standing.Refusal,
            province.IsOpenAt(clock.GetUtcNow()), standing.Carried, selectable, province.FeePerSubjectFen, province.PaymentDeadline,
            province.NoticeVersion, standing.PrefilledContact, standing.PrefilledForm));
    }
}
