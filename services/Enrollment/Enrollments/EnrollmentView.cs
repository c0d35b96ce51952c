using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>The candidate's enrollment: status, kind, subjects chosen and carried, fee, deadline, the notice and commitment they accepted, and what to do next.</summary>
public sealed record EnrollmentView(
    Guid Id, string ExamCode, string ProvinceCode, EnrollmentKind Kind, EnrollmentStatus Status,
    IReadOnlyList<string> SubjectCodes, IReadOnlyList<string> CarriedSubjectCodes,
    long FeePerSubjectFen, long AmountFen, string Currency, int NoticeVersion, DateTimeOffset CommitmentAcceptedAt, string? CommitmentClientAddress,
    DateTimeOffset CreatedAt, DateTimeOffset PayBy, DateTimeOffset? PaidAt, string? EnrollmentNumber, DateTimeOffset? ClosedAt,
    EnrollmentContact Contact, EnrollmentForm? Form, string NextStep)
{
    public static EnrollmentView Of(ExamEnrollment e) => new(
        e.Id, e.ExamCode, e.ProvinceCode, e.Kind, e.Status, e.SubjectCodes, e.CarriedSubjectCodes,
        e.FeePerSubjectFen, e.AmountFen, "CNY", e.NoticeVersion, e.CommitmentAcceptedAt, e.CommitmentClientAddress, e.CreatedAt, e.PayBy, e.PaidAt, e.EnrollmentNumber, e.ClosedAt,
        e.Contact, e.Form, NextStepOf(e));

    private static string NextStepOf(ExamEnrollment e) => e.Status switch
    {
        EnrollmentStatus.AwaitingPayment when e.PaymentCodeExpiredAt is { } expired =>
            $"缴费二维码已于{BeijingTime.Format(expired)}过期，请重新获取二维码，并于{BeijingTime.Format(e.PayBy)}前完成缴费，缴费成功即报名成功",
        EnrollmentStatus.AwaitingPayment =>
            $"请于{BeijingTime.Format(e.PayBy)}前完成缴费，缴费成功即报名成功；缴费前可取消报名并重新选择报考省份",
        EnrollmentStatus.Confirmed => $"报名成功，报名号{e.EnrollmentNumber}。请关注报考省份发布的准考证打印通知",
        EnrollmentStatus.Cancelled => "报名已取消，可在报名时间内重新报名",
        EnrollmentStatus.Expired => "未在缴费截止时间前缴费，本次报名已失效",
        EnrollmentStatus.Withdrawn => "报名已撤销，退款处理中，费用将原路退回",
        EnrollmentStatus.Refunded => "报名已撤销，费用已原路退回",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Status, null),
    };
}
