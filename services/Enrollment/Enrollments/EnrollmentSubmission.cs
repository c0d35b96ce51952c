using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// 报名 (SPEC §5): the notice read in its current version, both commitments, one active province per exam (the
/// database's partial unique index decides a race), the kind of candidate and its rule, the subjects (carried ones
/// neither chosen nor charged) and the fee; the enrollment then awaits payment until the province's deadline.
/// Load what the decision needs, decide (<see cref="Decide"/>, a pure function of it, the request and the time), save.
/// </summary>
public static class EnrollmentSubmission
{
    public static async Task<Results<Created<EnrollmentView>, ProblemHttpResult>> SubmitAsync(
        EnrollRequest request, Guid userId, string? clientAddress, EnrollmentDbContext db, ExamTermsCache terms, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(request, userId, db, terms, cancellationToken);
        var decision = Decide(request, facts, userId, clientAddress, clock.GetUtcNow());
        if (decision.Refusal is { } refusal) return refusal.ToProblem();

        var enrollment = decision.Enrollment!;
        db.Enrollments.Add(enrollment);
        db.AddIntegrationEvent(new EnrollmentSubmitted(enrollment.Id, userId, enrollment.ExamCode, enrollment.ProvinceCode, enrollment.SubjectCodes,
            enrollment.AmountFen, enrollment.PayBy, enrollment.CreatedAt));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return AlreadyEnrolled.ToProblem();
        }
        return TypedResults.Created($"/api/enrollment/me/enrollments/{enrollment.Id}", EnrollmentView.Of(enrollment));
    }

    /// <summary>
    /// One query for what is the candidate's own — the exam's stamp, the candidate, their enrollments, whether they have
    /// results — and the exam's terms from this instance's <see cref="ExamTermsCache"/> while that stamp holds; results'
    /// details only for a candidate who has some.
    /// </summary>
    private static async Task<SubmissionFacts> LoadAsync(EnrollRequest request, Guid userId, EnrollmentDbContext db, ExamTermsCache terms,
        CancellationToken cancellationToken)
    {
        var none = new SubmissionFacts(null, null, null, false, CandidateHistory.None(null));
        if (string.IsNullOrWhiteSpace(request.ExamCode) || string.IsNullOrWhiteSpace(request.ProvinceCode)) return none;
        var code = request.ExamCode;
        var own = await db.Exams.AsNoTracking().SeenByCandidates().Where(e => e.Code == code)
            .Select(e => new
            {
                Stamp = e.UpdatedAt,
                Candidate = db.Candidates.FirstOrDefault(c => c.UserId == userId),
                Enrollments = db.Enrollments.Where(x => x.UserId == userId).OrderByDescending(x => x.CreatedAt).ToList(),
                HasResults = db.Candidates.Any(c => c.UserId == userId && db.ExamResults.Any(r => r.CertificateType == c.CertificateType && r.CertificateNumber == c.CertificateNumber)),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (own is null) return none;
        var exam = terms.Find(code, own.Stamp);
        if (exam is null && await db.Exams.AsNoTracking().AsSplitQuery().SeenByCandidates().Include(e => e.Subjects).Include(e => e.Provinces)
                .FirstOrDefaultAsync(e => e.Code == code, cancellationToken) is { } loaded)
            exam = terms.Keep(loaded);
        var province = exam?.Provinces.FirstOrDefault(p => p.ProvinceCode == request.ProvinceCode);
        if (exam is null || province is null) return none with { Exam = exam };
        var hasActive = own.Enrollments.Any(e => e.ExamCode == exam.Code && EnrollmentStatuses.Active.Contains(e.Status));
        var history = await CandidateStandings.WithResultsAsync(db, CandidateStandings.Known(own.Candidate, own.Enrollments, own.HasResults), exam, cancellationToken);
        return new SubmissionFacts(exam, province, own.Candidate, hasActive, history);
    }

    /// <summary>The enrollment to save for this request, or why not; checked in the order a candidate would fix them.</summary>
    public static SubmissionDecision Decide(EnrollRequest request, SubmissionFacts facts, Guid userId, string? clientAddress, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.ExamCode)) errors["examCode"] = ["请选择考试"];
        if (string.IsNullOrWhiteSpace(request.ProvinceCode)) errors["provinceCode"] = ["请选择报考省份"];
        if (request.NoticeVersion is null) errors["noticeVersion"] = ["请先阅读报考人员必读事项"];
        if (!request.AcceptedCommitment) errors["acceptedCommitment"] = ["请阅读网上报名承诺并选择“完全同意”"];
        if (!request.AcceptedLegalNotice) errors["acceptedLegalNotice"] = ["请勾选“我已阅知上述条款”"];
        var subjects = request.SubjectCodes?.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList() ?? [];
        if (subjects.Count == 0) errors["subjectCodes"] = ["请至少选择一个报考科目"];
        EnrollmentFormRules.CheckContact(request.Contact, errors);
        if (errors.Count > 0) return EnrollmentRefusal.Invalid("ENROLLMENT_REQUEST_INVALID", errors);

        if (facts.Exam is not { } exam) return EnrollmentRefusal.NotFound("ENROLLMENT_EXAM_NOT_FOUND", "考试不存在");
        if (facts.Province is not { } province) return EnrollmentRefusal.Field("ENROLLMENT_PROVINCE_NOT_OFFERED", "provinceCode", "该省份未开放本次考试报名");
        var unknown = subjects.Except(exam.Subjects.Select(s => s.Code)).ToList();
        if (unknown.Count > 0) return EnrollmentRefusal.Field("ENROLLMENT_SUBJECT_UNKNOWN", "subjectCodes", $"科目不存在：{string.Join("、", unknown)}");
        if (!province.IsOpenAt(now))
            return EnrollmentRefusal.Unprocessable("ENROLLMENT_WINDOW_CLOSED",
                $"{province.ProvinceName}报名时间为{BeijingTime.Format(province.WindowOpensAt)}至{BeijingTime.Format(province.WindowClosesAt)}，当前不在报名时间内");
        if (request.NoticeVersion != province.NoticeVersion)
            return EnrollmentRefusal.Conflict("ENROLLMENT_NOTICE_OUTDATED", "报考人员必读事项已更新，请重新阅读后再报名");
        if (facts.Candidate is not { RealNameVerified: true })
            return EnrollmentRefusal.Unprocessable("ENROLLMENT_REALNAME_REQUIRED", "请先完成实名认证后再报名");
        if (facts.HasActiveEnrollment) return AlreadyEnrolled;

        var standing = CandidateStandings.Decide(facts.History, exam, province);
        if (standing.Refusal is { } refusal) return EnrollmentRefusal.Unprocessable("ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED", refusal);
        if (standing.FormRequired)
        {
            EnrollmentFormRules.CheckForm(request.Form, DateOnly.FromDateTime(BeijingTime.Of(now).DateTime), errors);
            if (errors.Count > 0) return EnrollmentRefusal.Invalid("ENROLLMENT_FORM_INVALID", errors, "报名信息填写有误，请检查后重试");
            if (IntermediateEligibility.RefusalFor(request.Form!.HighestEducation!.Value, request.Form.AccountingWorkYears!.Value) is { } notEligible)
                return EnrollmentRefusal.Unprocessable("ENROLLMENT_NOT_ELIGIBLE", notEligible);
        }
        var carried = standing.Carried.Select(c => c.Code).ToList();
        var chosenAgain = subjects.Intersect(carried).ToList();
        if (chosenAgain.Count > 0)
            return EnrollmentRefusal.Field("ENROLLMENT_SUBJECT_CARRIED", "subjectCodes",
                $"{string.Join("、", standing.Carried.Where(c => chosenAgain.Contains(c.Code)).Select(c => c.Name))}已在上一考试年度合格，成绩有效，无需再次报考");

        return new ExamEnrollment
        {
            UserId = userId,
            ExamCode = exam.Code,
            ProvinceCode = province.ProvinceCode,
            Kind = standing.Kind,
            SubjectCodes = subjects,
            CarriedSubjectCodes = carried,
            FeePerSubjectFen = province.FeePerSubjectFen,
            AmountFen = province.FeePerSubjectFen * subjects.Count,
            NoticeVersion = province.NoticeVersion,
            CommitmentAcceptedAt = now,
            CommitmentClientAddress = clientAddress,
            Contact = request.Contact!,
            Form = standing.FormRequired ? request.Form : null,
            Status = EnrollmentStatus.AwaitingPayment,
            CreatedAt = now,
            PayBy = province.PaymentDeadline,
        };
    }

    private static EnrollmentRefusal AlreadyEnrolled =>
        EnrollmentRefusal.Conflict("ENROLLMENT_ALREADY_ENROLLED", "您已报名本次考试，同一考试只能选择一个省份报名；未缴费的报名可先取消再重新选择");
}
