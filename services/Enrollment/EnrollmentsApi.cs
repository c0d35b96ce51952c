using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.ServiceDefaults.Idempotency;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Enrollment;

/// <summary>
/// The candidate's own enrollments: options in a province, enroll (one province per exam), read, cancel while unpaid,
/// withdraw once paid inside the window.
/// </summary>
public static class EnrollmentsApi
{
    public static IEndpointRouteBuilder MapEnrollmentsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/enrollment/me").WithTags("Enrollments").RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapGet("/exams/{examCode}/provinces/{provinceCode}", (string examCode, string provinceCode, HttpContext http, EnrollmentDbContext db,
                TimeProvider clock, CancellationToken ct) => EnrollmentQueries.OptionsAsync(examCode, provinceCode, http.User.GetUserId(), db, clock, ct))
            .WithSummary("报考某省前：考生类型、是否需填报名信息（含预填）、沿用的合格科目、可选科目、收费与截止时间");
        me.MapPost("/enrollments", (EnrollRequest request, HttpContext http, EnrollmentDbContext db, ExamTermsCache terms, TimeProvider clock, CancellationToken ct) =>
                EnrollmentSubmission.SubmitAsync(request, http.User.GetUserId(), http.ClientAddress(), db, terms, clock, ct))
            .WithIdempotencyKey().WithSummary("报名（可带 Idempotency-Key 安全重试）");
        me.MapGet("/enrollments", (HttpContext http, EnrollmentDbContext db, CancellationToken ct, int page = 1, int pageSize = 20) =>
            EnrollmentQueries.ListAsync(http.User.GetUserId(), page, pageSize, db, ct)).WithSummary("我的报名");
        me.MapGet("/enrollments/{id:guid}", (Guid id, HttpContext http, EnrollmentDbContext db, CancellationToken ct) =>
            EnrollmentQueries.GetAsync(id, http.User.GetUserId(), db, ct)).WithSummary("报名详情：状态、考生类型、科目、费用、截止时间与下一步");
        me.MapPost("/enrollments/{id:guid}/cancel", (Guid id, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            EnrollmentChanges.CancelAsync(id, http.User.GetUserId(), db, clock, ct)).WithSummary("取消未缴费的报名（之后可重新选择省份）");
        me.MapPost("/enrollments/{id:guid}/withdraw", (Guid id, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken ct) =>
            EnrollmentChanges.WithdrawAsync(id, http.User.GetUserId(), db, clock, ct)).WithSummary("报名时间内撤销已缴费的报名（费用原路退回）");
        return app;
    }
}
