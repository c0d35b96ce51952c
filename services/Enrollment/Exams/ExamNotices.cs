using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>报考人员必读事项 and 网上报名承诺 of one province's terms, with the notice's version (an enrollment names the version it read).</summary>
public static class ExamNotices
{
    public static async Task<Results<Ok<ExamNoticeView>, ProblemHttpResult>> NoticeAsync(
        string examCode, string provinceCode, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.Exams.AsNoTracking().SeenByCandidates().Where(e => e.Code == examCode).SelectMany(e => e.Provinces)
            .FirstOrDefaultAsync(p => p.ProvinceCode == provinceCode, cancellationToken);
        return terms is null
            ? ApiProblem.NotFound("ENROLLMENT_PROVINCE_NOT_OFFERED", "该省份未开放本次考试报名")
            : TypedResults.Ok(new ExamNoticeView(terms.ExamCode, terms.ProvinceCode, terms.ProvinceName, terms.NoticeVersion, terms.NoticeText, terms.CommitmentText));
    }
}
