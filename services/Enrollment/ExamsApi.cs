using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment;

/// <summary>Published exam terms (public information): subjects, provinces, windows, deadlines, fees, and each province's notice and commitment.</summary>
public static class ExamsApi
{
    public static IEndpointRouteBuilder MapExamsApi(this IEndpointRouteBuilder app)
    {
        var exams = app.MapGroup("/api/enrollment/exams").WithTags("Exams").AllowAnonymous();
        exams.MapGet("/", ExamList.OfferedAsync).WithSummary("有省份开放报名的考试、科目、各省报名时间、缴费截止时间与收费标准");
        exams.MapGet("/{examCode}/provinces/{provinceCode}/notice", NoticeAsync).WithSummary("报考人员必读事项（含版本）与网上报名承诺");
        return app;
    }

    public static async Task<Results<Ok<ExamNoticeView>, ProblemHttpResult>> NoticeAsync(
        string examCode, string provinceCode, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.ExamProvinces.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ExamCode == examCode && p.ProvinceCode == provinceCode, cancellationToken);
        return terms is null
            ? ApiProblem.NotFound("ENROLLMENT_PROVINCE_NOT_OFFERED", "该省份未开放本次考试报名")
            : TypedResults.Ok(new ExamNoticeView(terms.ExamCode, terms.ProvinceCode, terms.ProvinceName, terms.NoticeVersion, terms.NoticeText, terms.CommitmentText));
    }
}
