using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Enrollment.Results;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Enrollment;

/// <summary>Administrators keep the exams: exam and subjects, each province's terms, the audit of changes, and the import of passed subjects.</summary>
public static class ExamAdministrationApi
{
    public static IEndpointRouteBuilder MapExamAdministrationApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/enrollment/admin/exams").WithTags("Exam administration")
            .RequireAuthorization(PlatformClaims.Policies.Admin);
        admin.MapGet("/", (EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) => ExamList.AllAsync(db, clock, ct)).WithSummary("全部考试，含尚无省份开放报名的（管理员）");
        admin.MapPut("/{examCode}", (string examCode, SaveExamRequest request, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamAdministration.SaveExamAsync(examCode, request, http.User.GetUserId(), db, clock, ct)).WithSummary("创建或修改考试及科目（管理员）");
        admin.MapPut("/{examCode}/provinces/{provinceCode}", (string examCode, string provinceCode, SaveProvinceTermsRequest request, HttpContext http,
                EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            ExamAdministration.SaveProvinceTermsAsync(examCode, provinceCode, request, http.User.GetUserId(), db, clock, ct))
            .WithSummary("设置某省报名时间、缴费截止时间、收费标准、是否连接会计人员库、必读事项与报名承诺（管理员）");
        admin.MapGet("/{examCode}/changes", (string examCode, EnrollmentDbContext db, CancellationToken ct, int page = 1, int pageSize = 20) =>
            ExamChanges.ChangesAsync(examCode, db, ct, page, pageSize)).WithSummary("考试数据变更记录（管理员）");
        admin.MapPost("/{examCode}/results", (string examCode, HttpRequest request, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
                ResultsImport.ImportAsync(examCode, request, http.User.GetUserId(), db, clock, ct))
            .Accepts<string>("text/csv").WithSummary("导入合格科目（CSV：certificateType,certificateNumber,subjectCode,score，其后可加考生报名信息列；有误则整批不导入）");
        return app;
    }
}
