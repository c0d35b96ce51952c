using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Enrollment;

/// <summary>Administrators list an exam's enrollments in a province (报名名单): newest first, by status or one person, paged by position.</summary>
public static class EnrollmentListApi
{
    public static IEndpointRouteBuilder MapEnrollmentListApi(this IEndpointRouteBuilder app)
    {
        var list = app.MapGroup("/api/enrollment/admin/exams/{examCode}/enrollments").WithTags("Enrollment list")
            .RequireAuthorization(PlatformClaims.Policies.Admin);
        list.MapGet("/", (string examCode, EnrollmentDbContext db, CancellationToken ct, string? province = null, string? status = null, string? q = null,
                string? after = null, int pageSize = 20) => AdminEnrollmentList.ListAsync(examCode, province, status, q, after, pageSize, db, ct))
            .WithSummary("某考试某省的报名名单，最新的在前：可按状态、报名号或证件号码（完整）查找；按位置翻页（after=上一页的 next）；姓名、证件号码、手机号脱敏（管理员）");
        return app;
    }
}
