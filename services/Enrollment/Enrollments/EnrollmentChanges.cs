using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// What a candidate may do with their enrollment afterwards: cancel it while unpaid (and choose another province), or
/// withdraw it once paid, only inside the registration window — Payment then refunds the order that paid it.
/// A change racing another (a payment landing) loses on the row version and is answered 409.
/// </summary>
public static class EnrollmentChanges
{
    public static async Task<Results<Ok<EnrollmentView>, ProblemHttpResult>> CancelAsync(
        Guid id, Guid userId, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (enrollment is null) return NotFound();
        if (enrollment.Status != EnrollmentStatus.AwaitingPayment)
            return ApiProblem.Conflict("ENROLLMENT_NOT_CANCELLABLE", enrollment.Status == EnrollmentStatus.Confirmed
                ? "报名已缴费成功，不能取消；如需放弃报考，请在报名时间内撤销报名（费用原路退回）"
                : "该报名当前状态不能取消");
        var now = clock.GetUtcNow();
        enrollment.Status = EnrollmentStatus.Cancelled;
        enrollment.ClosedAt = now;
        db.AddIntegrationEvent(new EnrollmentCancelled(enrollment.Id, userId, now));
        return await SaveAsync(db, enrollment, cancellationToken);
    }

    public static async Task<Results<Ok<EnrollmentView>, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid userId, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (enrollment is null) return NotFound();
        if (enrollment.Status != EnrollmentStatus.Confirmed || enrollment.PaymentOrderId is not { } order)
            return ApiProblem.Conflict("ENROLLMENT_NOT_WITHDRAWABLE", enrollment.Status == EnrollmentStatus.AwaitingPayment
                ? "该报名尚未缴费，无需撤销，可直接取消报名"
                : "该报名当前状态不能撤销");
        var province = await db.ExamProvinces.AsNoTracking()
            .FirstAsync(p => p.ExamCode == enrollment.ExamCode && p.ProvinceCode == enrollment.ProvinceCode, cancellationToken);
        var now = clock.GetUtcNow();
        if (!province.IsOpenAt(now))
            return ApiProblem.Unprocessable("ENROLLMENT_WITHDRAWAL_CLOSED",
                $"报名时间（截至{BeijingTime.Format(province.WindowClosesAt)}）已结束，不能撤销报名");
        enrollment.Status = EnrollmentStatus.Withdrawn;
        enrollment.ClosedAt = now;
        db.AddIntegrationEvent(new EnrollmentWithdrawn(enrollment.Id, userId, order, enrollment.AmountFen, now));
        return await SaveAsync(db, enrollment, cancellationToken);
    }

    private static async Task<Results<Ok<EnrollmentView>, ProblemHttpResult>> SaveAsync(
        EnrollmentDbContext db, ExamEnrollment enrollment, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblem.Conflict("ENROLLMENT_CHANGED", "报名状态刚刚发生变化（例如缴费结果已到达），请刷新后重试");
        }
        return TypedResults.Ok(EnrollmentView.Of(enrollment));
    }

    private static ProblemHttpResult NotFound() => ApiProblem.NotFound("ENROLLMENT_NOT_FOUND", "报名记录不存在");
}
