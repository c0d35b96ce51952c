using System.Text.Json;
using System.Text.RegularExpressions;
using AccountingPlatform.Divisions;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// Administrators keep the exams: an exam's year, level, name and subjects, and each province's terms. Every change is
/// audited (who, when, before and after); a changed must-read notice gets a new version, so enrollments say which one
/// the candidate read; every change moves the exam's stamp (<see cref="ExamStamp"/>), so instances holding its terms
/// load them again. A new exam is a draft candidates do not see until it is published (<see cref="ExamPublication"/>).
/// </summary>
public static partial class ExamAdministration
{
    public static async Task<Results<Ok<ExamView>, ProblemHttpResult>> SaveExamAsync(
        string code, SaveExamRequest request, Administrator actor, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ExamCode().IsMatch(code)) errors["code"] = ["考试代码须为1至20位字母、数字或连字符"];
        if (request.Year is not (>= 2000 and <= 2100)) errors["year"] = ["考试年度须在2000至2100之间"];
        if (request.Level is null) errors["level"] = ["请选择考试级别"];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) errors["name"] = ["请填写考试名称（不超过100字）"];
        var subjects = request.Subjects ?? [];
        if (subjects.Count is 0 or > 10 || subjects.Any(s => s is null || s.Code is null || !SubjectCode().IsMatch(s.Code) || string.IsNullOrWhiteSpace(s.Name) || s.Name.Length > 50))
            errors["subjects"] = ["请填写1至10个科目：代码为1至20位大写字母、数字或连字符，名称不超过50字"];
        else if (subjects.Select(s => s.Code).Distinct().Count() != subjects.Count) errors["subjects"] = ["科目代码不能重复"];
        if (errors.Count > 0) return ApiProblem.Validation("ENROLLMENT_EXAM_INVALID", errors);

        var exam = await db.Exams.Include(e => e.Subjects).Include(e => e.Provinces).FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
        var before = exam is null ? null : Snapshot(exam);
        var now = clock.GetUtcNow();
        if (exam is null)
        {
            exam = new Exam { Code = code, Name = request.Name! };
            db.Exams.Add(exam);
        }
        var removed = exam.Subjects.Where(s => subjects.All(d => d.Code != s.Code)).ToList();
        if (removed.Count > 0 && await db.Enrollments.AnyAsync(e => e.ExamCode == code, cancellationToken))
            return ApiProblem.Conflict("ENROLLMENT_EXAM_SUBJECT_IN_USE", "本次考试已有考生报名，不能删除科目");
        exam.Year = request.Year!.Value;
        exam.Level = request.Level!.Value;
        exam.Name = request.Name!.Trim();
        exam.UpdatedAt = ExamStamp.Next(exam.UpdatedAt, now);
        foreach (var subject in removed) exam.Subjects.Remove(subject);
        foreach (var definition in subjects)
        {
            if (exam.Subjects.FirstOrDefault(s => s.Code == definition.Code) is { } existing) existing.Name = definition.Name!.Trim();
            else exam.Subjects.Add(new ExamSubject { ExamCode = code, Code = definition.Code!, Name = definition.Name!.Trim() });
        }
        db.ExamChanges.Add(new ExamChange
        {
            ExamCode = code, Action = before is null ? "ExamCreated" : "ExamUpdated", ChangedBy = actor.Id, ChangedByName = actor.Name,
            ChangedAt = now, Before = before, After = Snapshot(exam),
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ExamView.Of(exam, now));
    }

    public static async Task<Results<Ok<ExamView.Province>, ProblemHttpResult>> SaveProvinceTermsAsync(
        string code, string provinceCode, SaveProvinceTermsRequest request, Administrator actor, EnrollmentDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var division = DivisionTree.Instance.Find(provinceCode);
        if (division is not { Level: DivisionLevel.Province }) errors["provinceCode"] = ["请填写省级行政区划代码（如 110000）"];
        if (request.WindowOpensAt is null || request.WindowClosesAt is null || request.WindowOpensAt >= request.WindowClosesAt)
            errors["windowClosesAt"] = ["请填写报名开始和截止时间，截止时间须晚于开始时间"];
        if (request.PaymentDeadline is null || request.PaymentDeadline < request.WindowClosesAt)
            errors["paymentDeadline"] = ["请填写缴费截止时间，且不早于报名截止时间"];
        if (request.FeePerSubjectFen is not (>= 0 and <= 100_000)) errors["feePerSubjectFen"] = ["每科收费须在0至1000元之间（以分为单位）"];
        if (request.LinkedToPersonnelRegistry is null) errors["linkedToPersonnelRegistry"] = ["请选择是否连接会计人员库"];
        if (string.IsNullOrWhiteSpace(request.NoticeText) || request.NoticeText.Length > 20_000) errors["noticeText"] = ["请填写报考人员必读事项（不超过20000字）"];
        if (string.IsNullOrWhiteSpace(request.CommitmentText) || request.CommitmentText.Length > 20_000) errors["commitmentText"] = ["请填写网上报名承诺（不超过20000字）"];
        if (errors.Count > 0) return ApiProblem.Validation("ENROLLMENT_PROVINCE_TERMS_INVALID", errors);

        if (await db.Exams.FirstOrDefaultAsync(e => e.Code == code, cancellationToken) is not { } exam) return ExamProblems.NotFound();
        var terms = await db.ExamProvinces.FirstOrDefaultAsync(p => p.ExamCode == code && p.ProvinceCode == provinceCode, cancellationToken);
        var before = terms is null ? null : JsonSerializer.Serialize(terms);
        if (terms is null)
        {
            terms = new ExamProvince { ExamCode = code, ProvinceCode = provinceCode, ProvinceName = division!.Name };
            db.ExamProvinces.Add(terms);
        }
        if (terms.NoticeText != request.NoticeText) terms.NoticeVersion++;
        terms.NoticeText = request.NoticeText!;
        terms.CommitmentText = request.CommitmentText!;
        terms.WindowOpensAt = request.WindowOpensAt!.Value.ToUniversalTime();
        terms.WindowClosesAt = request.WindowClosesAt!.Value.ToUniversalTime();
        terms.PaymentDeadline = request.PaymentDeadline!.Value.ToUniversalTime();
        terms.FeePerSubjectFen = request.FeePerSubjectFen!.Value;
        terms.LinkedToPersonnelRegistry = request.LinkedToPersonnelRegistry!.Value;
        var now = clock.GetUtcNow();
        exam.UpdatedAt = ExamStamp.Next(exam.UpdatedAt, now);
        db.ExamChanges.Add(new ExamChange
        {
            ExamCode = code, ProvinceCode = provinceCode, Action = before is null ? "ProvinceTermsCreated" : "ProvinceTermsUpdated",
            ChangedBy = actor.Id, ChangedByName = actor.Name, ChangedAt = now, Before = before, After = JsonSerializer.Serialize(terms),
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ExamView.Province.Of(terms, now));
    }

    private static string Snapshot(Exam exam) => JsonSerializer.Serialize(new
    {
        exam.Code, exam.Year, Level = exam.Level.ToString(), exam.Name, Subjects = exam.Subjects.Select(s => new { s.Code, s.Name }),
    });

    [GeneratedRegex("^[0-9A-Za-z-]{1,20}$")]
    private static partial Regex ExamCode();

    [GeneratedRegex("^[0-9A-Z-]{1,20}$")]
    private static partial Regex SubjectCode();
}
