using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Notifications;

/// <summary>What the candidate is told once an enrollment is confirmed: the exam, the province, the subjects, the fee paid and the enrollment number.</summary>
public sealed record ConfirmationNotice(
    string MobilePhone, string Email, string ExamName, string ProvinceName, IReadOnlyList<string> SubjectNames,
    IReadOnlyList<string> CarriedSubjectNames, long AmountFen, DateTimeOffset PaidAt, string EnrollmentNumber)
{
    public static async Task<ConfirmationNotice?> ForAsync(EnrollmentDbContext db, Guid enrollmentId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);
        if (enrollment is not { Status: EnrollmentStatus.Confirmed, EnrollmentNumber: { } number, PaidAt: { } paidAt }) return null;
        var exam = await db.Exams.AsNoTracking().Include(e => e.Subjects)
            .Include(e => e.Provinces.Where(p => p.ProvinceCode == enrollment.ProvinceCode)).SingleAsync(e => e.Code == enrollment.ExamCode, cancellationToken);
        string Name(string code) => exam.Subjects.FirstOrDefault(s => s.Code == code)?.Name ?? code;
        return new ConfirmationNotice(
            enrollment.Contact.MobilePhone!, enrollment.Contact.Email!, exam.Name,
            exam.Provinces.Single(p => p.ProvinceCode == enrollment.ProvinceCode).ProvinceName,
            enrollment.SubjectCodes.Select(Name).ToList(), enrollment.CarriedSubjectCodes.Select(Name).ToList(),
            enrollment.AmountFen, paidAt, number);
    }

    public string EmailSubject => $"报名成功通知：{ExamName}";

    public string EmailBody =>
        $"""
        您好：

        您已成功报名{ExamName}。缴费成功即报名成功。

        报考省份：{ProvinceName}
        报名号：{EnrollmentNumber}
        报考科目：{string.Join("、", SubjectNames)}
        {(CarriedSubjectNames.Count > 0 ? $"沿用上一考试年度合格科目：{string.Join("、", CarriedSubjectNames)}\n" : "")}已缴费用：{AmountFen / 100m:0.00} 元
        缴费时间：{BeijingTime.Format(PaidAt)}（北京时间）

        请关注报考省份发布的准考证打印通知。本邮件由系统自动发送，请勿回复。

        全国会计人员统一服务管理平台
        """;
}
