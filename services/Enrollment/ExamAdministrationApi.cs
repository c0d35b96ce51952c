using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Enrollment;

/// <summary>
/// Administrators keep the exams: exam and subjects, each province's terms, publication, the audit of changes and the
/// live enrollment figures (the import of passed subjects: <see cref="ResultsImportsApi"/>).
/// </summary>
public static class ExamAdministrationApi
{
    public static IEndpointRouteBuilder MapExamAdministrationApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/enrollment/admin/exams").WithTags("Exam administration")
            .RequireAuthorization(PlatformClaims.Policies.Admin);
        admin.MapGet("/", (EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) => ExamList.AllAsync(db, clock, ct)).WithSummary("全部考试，含未发布及尚无省份开放报名的（管理员）");
        admin.MapGet("/{examCode}", (string examCode, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamDetail.GetAsync(examCode, db, clock, ct)).WithSummary("考试详情：科目、各省报名安排与必读事项、承诺全文、是否发布、报名人数（管理员）");
        admin.MapPut("/{examCode}", (string examCode, SaveExamRequest request, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamAdministration.SaveExamAsync(examCode, request, Administrator.Of(http.User), db, clock, ct)).WithSummary("创建（未发布）或修改考试及科目（管理员）");
        admin.MapPut("/{examCode}/provinces/{provinceCode}", (string examCode, string provinceCode, SaveProvinceTermsRequest request, HttpContext http,
                EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamAdministration.SaveProvinceTermsAsync(examCode, provinceCode, request, Administrator.Of(http.User), db, clock, ct))
            .WithSummary("设置某省报名时间、缴费截止时间、收费标准、是否连接会计人员库、必读事项与报名承诺（管理员）");
        admin.MapPost("/{examCode}/publish", (string examCode, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamPublication.SetAsync(examCode, publish: true, Administrator.Of(http.User), db, clock, ct)).WithSummary("发布考试：考生可见并可报名（管理员）");
        admin.MapPost("/{examCode}/unpublish", (string examCode, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamPublication.SetAsync(examCode, publish: false, Administrator.Of(http.User), db, clock, ct)).WithSummary("取消发布尚无报名的考试（管理员）");
        admin.MapGet("/{examCode}/changes", (string examCode, EnrollmentDbContext db, CancellationToken ct, int page = 1, int pageSize = 20) =>
            ExamChanges.ChangesAsync(examCode, db, ct, page, pageSize)).WithSummary("考试数据变更记录（管理员）");
        admin.MapGet("/{examCode}/figures", (string examCode, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamFigures.GetAsync(examCode, db, clock, ct)).WithSummary("各省报名实时统计：已报名、待缴费、已缴费、已退款、已取消或过期（管理员）");
        return app;
    }
}
