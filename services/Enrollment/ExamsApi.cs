using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.Enrollment;

/// <summary>Published exam terms (public information): subjects, provinces, windows, deadlines, fees, and each province's notice and commitment.</summary>
public static class ExamsApi
{
    public static IEndpointRouteBuilder MapExamsApi(this IEndpointRouteBuilder app)
    {
        var exams = app.MapGroup("/api/enrollment/exams").WithTags("Exams").AllowAnonymous();
        exams.MapGet("/", (EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) => ExamList.OfferedAsync(db, clock, ct)).WithSummary("有省份开放报名的考试、科目、各省报名时间、缴费截止时间与收费标准");
        exams.MapGet("/{examCode}/provinces/{provinceCode}/notice", (string examCode, string provinceCode, EnrollmentDbContext db, CancellationToken ct) =>
            ExamNotices.NoticeAsync(examCode, provinceCode, db, ct)).WithSummary("报考人员必读事项（含版本）与网上报名承诺");
        return app;
    }
}
