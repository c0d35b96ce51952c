using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Idempotency;
using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.Enrollment;

/// <summary>The candidate's own enrollments: enroll in one province per exam, then see the status (awaiting payment, confirmed).</summary>
public static class EnrollmentsApi
{
    public sealed record EnrollmentView(
        Guid Id, string ExamCode, string ProvinceCode, IReadOnlyList<string> SubjectCodes, long AmountFen, string Currency,
        EnrollmentStatus Status, DateTimeOffset CreatedAt, DateTimeOffset PayBy, DateTimeOffset? PaidAt);

    public static IEndpointRouteBuilder MapEnrollmentsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/enrollment/me/enrollments").WithTags("Enrollments")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapPost("/", EnrollAsync).WithIdempotencyKey().WithSummary("报名（可带 Idempotency-Key 安全重试）");
        me.MapGet("/", ListAsync).WithSummary("我的报名");
        return app;
    }

    public static async Task<Results<Created<EnrollmentView>, ProblemHttpResult>> EnrollAsync(
        EnrollRequest request, HttpContext http, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!request.AcceptedCommitment) errors["acceptedCommitment"] = ["请阅读网上报名承诺并选择“完全同意”"];
        if (!request.AcceptedLegalNotice) errors["acceptedLegalNotice"] = ["请勾选“我已阅知上述条款”"];
        if (string.IsNullOrWhiteSpace(request.ExamCode)) errors["examCode"] = ["请选择考试"];
        if (string.IsNullOrWhiteSpace(request.ProvinceCode)) errors["provinceCode"] = ["请选择报考省份"];
        var subjects = request.SubjectCodes?.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList() ?? [];
        if (subjects.Count == 0) errors["subjectCodes"] = ["请至少选择一个报考科目"];
        if (errors.Count > 0) return ApiProblem.Validation("ENROLLMENT_REQUEST_INVALID", errors);

        var exam = await db.Exams.AsNoTracking().Include(e => e.Subjects).Include(e => e.Provinces)
            .FirstOrDefaultAsync(e => e.Code == request.ExamCode, cancellationToken);
        if (exam is null) return ApiProblem.NotFound("ENROLLMENT_EXAM_NOT_FOUND", "考试不存在");
        var province = exam.Provinces.FirstOrDefault(p => p.ProvinceCode == request.ProvinceCode);
        if (province is null)
            return ApiProblem.Validation("ENROLLMENT_PROVINCE_NOT_OFFERED", new Dictionary<string, string[]> { ["provinceCode"] = ["该省份未开放本次考试报名"] });
        var unknown = subjects.Except(exam.Subjects.Select(s => s.Code)).ToList();
        if (unknown.Count > 0)
            return ApiProblem.Validation("ENROLLMENT_SUBJECT_UNKNOWN", new Dictionary<string, string[]> { ["subjectCodes"] = [$"科目不存在：{string.Join("、", unknown)}"] });

        var now = clock.GetUtcNow();
        if (now < province.WindowOpensAt || now > province.WindowClosesAt)
            return ApiProblem.Unprocessable("ENROLLMENT_WINDOW_CLOSED", $"{province.ProvinceName}报名时间为{Local(province.WindowOpensAt)}至{Local(province.WindowClosesAt)}，当前不在报名时间内");

        var userId = http.User.GetUserId();
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (candidate is not { RealNameVerified: true })
            return ApiProblem.Unprocessable("ENROLLMENT_REALNAME_REQUIRED", "请先完成实名认证后再报名");
        if (await db.Enrollments.AnyAsync(e => e.UserId == userId && e.ExamCode == exam.Code, cancellationToken))
            return AlreadyEnrolled();
        if (province.LinkedToPersonnelRegistry && PersonnelRecordGate.RefusalFor(candidate, province.ProvinceCode) is { } refusal)
            return ApiProblem.Unprocessable("ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED", refusal);

        var enrollment = new ExamEnrollment
        {
            UserId = userId,
            ExamCode = exam.Code,
            ProvinceCode = province.ProvinceCode,
            SubjectCodes = subjects,
            AmountFen = province.FeePerSubjectFen * subjects.Count,
            Status = EnrollmentStatus.AwaitingPayment,
            CreatedAt = now,
            PayBy = province.WindowClosesAt,
        };
        db.Enrollments.Add(enrollment);
        db.AddIntegrationEvent(new EnrollmentSubmitted(enrollment.Id, userId, exam.Code, province.ProvinceCode, subjects,
            enrollment.AmountFen, enrollment.PayBy, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return AlreadyEnrolled();
        }
        return TypedResults.Created("/api/enrollment/me/enrollments", ToView(enrollment));
    }

    public static async Task<Ok<PagedList<EnrollmentView>>> ListAsync(HttpContext http, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var rows = await db.Enrollments.AsNoTracking().Where(e => e.UserId == userId)
            .OrderByDescending(e => e.CreatedAt).Take(Paging.MaxPageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<EnrollmentView>(rows.Select(ToView).ToList(), 1, Paging.MaxPageSize, rows.Count));
    }

    private static ProblemHttpResult AlreadyEnrolled() =>
        ApiProblem.Conflict("ENROLLMENT_ALREADY_ENROLLED", "您已报名本次考试，同一考试只能选择一个省份报名");

    private static string Local(DateTimeOffset t) => BeijingTime.Format(t);

    private static EnrollmentView ToView(ExamEnrollment e) => new(
        e.Id, e.ExamCode, e.ProvinceCode, e.SubjectCodes, e.AmountFen, "CNY", e.Status, e.CreatedAt, e.PayBy, e.PaidAt);
}
