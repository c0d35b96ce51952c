using AccountingPlatform.Enrollment.Candidates;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>Every way an enrollment is decided, from what was loaded, the request and the time.</summary>
public sealed class EnrollmentSubmissionTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid User = Guid.CreateVersion7();

    private static readonly EnrollmentForm EligibleForm = new(EducationLevel.Bachelor, "中山大学", "会计学", new DateOnly(2018, 7, 1), 6,
        "广州某某有限公司", "广东省广州市天河区某某路1号", "510000");

    private static Exam Exam(bool linked = false) => new()
    {
        Code = "2027-ZJ", Year = 2027, Level = ExamLevel.Intermediate, Name = "2027年度全国中级会计资格考试",
        Subjects = [new() { ExamCode = "2027-ZJ", Code = "ZJ-SW", Name = "中级会计实务" }, new() { ExamCode = "2027-ZJ", Code = "ZJ-CG", Name = "财务管理" },
            new() { ExamCode = "2027-ZJ", Code = "ZJ-JJF", Name = "经济法" }],
        Provinces = [new()
        {
            ExamCode = "2027-ZJ", ProvinceCode = "440000", ProvinceName = "广东省", LinkedToPersonnelRegistry = linked,
            WindowOpensAt = Now.AddDays(-5), WindowClosesAt = Now.AddDays(10), PaymentDeadline = Now.AddDays(12), FeePerSubjectFen = 5600, NoticeVersion = 2,
        }],
    };

    private static CandidateEligibility Verified() => new() { UserId = User, RealNameVerified = true, CertificateType = "ResidentIdCard", CertificateNumber = "440106199001011234", RegisteredPhone = "13800138000" };

    private static SubmissionFacts Facts(Exam? exam = null, CandidateEligibility? candidate = null, bool active = false, CandidateHistory? history = null)
    {
        exam ??= Exam();
        candidate ??= Verified();
        return new SubmissionFacts(exam, exam.Provinces.FirstOrDefault(), candidate, active, history ?? CandidateHistory.None(candidate));
    }

    private static EnrollRequest Request(string[]? subjects = null, EnrollmentForm? form = null, int? notice = 2) => new(
        "2027-ZJ", "440000", notice, true, true, subjects ?? ["ZJ-SW", "ZJ-CG"], new EnrollmentContact("13800138000", "a@example.cn"), form ?? EligibleForm);

    private static EnrollmentRefusal Refused(EnrollRequest request, SubmissionFacts facts, DateTimeOffset? now = null) =>
        EnrollmentSubmission.Decide(request, facts, User, "203.0.113.9", now ?? Now).Refusal ?? throw new Xunit.Sdk.XunitException("expected a refusal");

    private static ExamEnrollment Accepted(EnrollRequest request, SubmissionFacts facts)
    {
        var decision = EnrollmentSubmission.Decide(request, facts, User, "203.0.113.9", Now);
        Assert.Null(decision.Refusal);
        return decision.Enrollment!;
    }

    [Fact]
    public void A_request_missing_everything_is_refused_field_by_field_before_anything_else()
    {
        var refusal = Refused(new EnrollRequest(" ", null, null, false, false, [" "], new EnrollmentContact("123", "not-mail"), null), Facts());
        Assert.Equal((400, "ENROLLMENT_REQUEST_INVALID"), (refusal.Status, refusal.Code));
        Assert.Equal(["acceptedCommitment", "acceptedLegalNotice", "contact.email", "contact.mobilePhone", "examCode", "noticeVersion", "provinceCode", "subjectCodes"],
            refusal.Errors!.Keys.Order());
    }

    [Fact]
    public void An_unknown_exam_is_not_found()
    {
        var refusal = Refused(Request(), new SubmissionFacts(null, null, null, false, CandidateHistory.None(null)));
        Assert.Equal((404, "ENROLLMENT_EXAM_NOT_FOUND"), (refusal.Status, refusal.Code));
    }

    [Fact]
    public void A_province_that_does_not_offer_the_exam_is_refused_on_the_province_field()
    {
        var exam = Exam();
        var refusal = Refused(Request(), new SubmissionFacts(exam, null, Verified(), false, CandidateHistory.None(null)));
        Assert.Equal((400, "ENROLLMENT_PROVINCE_NOT_OFFERED"), (refusal.Status, refusal.Code));
        Assert.Equal("该省份未开放本次考试报名", refusal.Errors!["provinceCode"].Single());
    }

    [Fact]
    public void A_subject_the_exam_does_not_have_is_named()
    {
        var refusal = Refused(Request(["ZJ-SW", "ZJ-XX"]), Facts());
        Assert.Equal((400, "ENROLLMENT_SUBJECT_UNKNOWN"), (refusal.Status, refusal.Code));
        Assert.Equal("科目不存在：ZJ-XX", refusal.Errors!["subjectCodes"].Single());
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(11)]
    public void Outside_the_window_the_province_and_its_window_in_Beijing_time_are_named(int days)
    {
        var refusal = Refused(Request(), Facts(), Now.AddDays(days));
        Assert.Equal((422, "ENROLLMENT_WINDOW_CLOSED"), (refusal.Status, refusal.Code));
        Assert.Equal("广东省报名时间为2027-03-10 10:00至2027-03-25 10:00，当前不在报名时间内", refusal.Detail);
    }

    [Fact]
    public void A_notice_read_in_an_older_version_must_be_read_again()
    {
        var refusal = Refused(Request(notice: 1), Facts());
        Assert.Equal((409, "ENROLLMENT_NOTICE_OUTDATED"), (refusal.Status, refusal.Code));
    }

    [Fact]
    public void A_candidate_not_verified_or_not_yet_known_must_verify_the_real_name_first()
    {
        foreach (var facts in new[] { Facts(candidate: new CandidateEligibility { UserId = User }), Facts() with { Candidate = null } })
        {
            var refusal = Refused(Request(), facts);
            Assert.Equal((422, "ENROLLMENT_REALNAME_REQUIRED"), (refusal.Status, refusal.Code));
        }
    }

    [Fact]
    public void A_candidate_with_an_active_enrollment_in_the_exam_is_told_one_province_per_exam()
    {
        var refusal = Refused(Request(), Facts(active: true));
        Assert.Equal((409, "ENROLLMENT_ALREADY_ENROLLED"), (refusal.Status, refusal.Code));
        Assert.Contains("只能选择一个省份", refusal.Detail);
    }

    [Fact]
    public void In_a_linked_province_a_record_not_approved_there_is_refused_with_the_reason()
    {
        var candidate = Verified();
        candidate.PersonnelRecord = PersonnelRecordState.Pending;
        var refusal = Refused(Request(), Facts(Exam(linked: true), candidate));
        Assert.Equal((422, "ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED"), (refusal.Status, refusal.Code));
        Assert.Contains("审核中", refusal.Detail);
    }

    [Fact]
    public void In_a_linked_province_an_approved_record_stands_for_the_form()
    {
        var candidate = Verified();
        candidate.ApplyPersonnelRecord(1, PersonnelRecordState.Approved, null, "440106");
        var enrollment = Accepted(Request(form: new EnrollmentForm(null, null, null, null, null, null, null, null)), Facts(Exam(linked: true), candidate));
        Assert.Equal(EnrollmentKind.Linked, enrollment.Kind);
        Assert.Null(enrollment.Form);
    }

    [Fact]
    public void Where_the_form_is_needed_a_missing_or_bad_form_is_refused_field_by_field()
    {
        var missing = EnrollmentSubmission.Decide(Request() with { Form = null }, Facts(), User, null, Now).Refusal!;
        Assert.Equal((400, "ENROLLMENT_FORM_INVALID", "报名信息填写有误，请检查后重试"), (missing.Status, missing.Code, missing.Detail));
        Assert.Equal(["form"], missing.Errors!.Keys);
        var bad = Refused(Request(form: EligibleForm with { GraduationDate = new DateOnly(2027, 3, 16), PostalCode = "5100" }), Facts());
        Assert.Equal(["form.graduationDate", "form.postalCode"], bad.Errors!.Keys.Order());
    }

    [Fact]
    public void A_graduation_date_is_checked_against_the_day_in_Beijing()
    {
        // 2027-03-15 18:00 UTC is already the 16th in Beijing.
        var lateEvening = new DateTimeOffset(2027, 3, 15, 18, 0, 0, TimeSpan.Zero);
        var decision = EnrollmentSubmission.Decide(Request(form: EligibleForm with { GraduationDate = new DateOnly(2027, 3, 16) }), Facts(), User, null, lateEvening);
        Assert.Null(decision.Refusal);
    }

    [Fact]
    public void A_candidate_short_of_the_intermediate_rule_is_refused_with_the_years_required() =>
        Assert.Contains("满5年", Refused(Request(form: EligibleForm with { HighestEducation = EducationLevel.JuniorCollege, AccountingWorkYears = 3 }), Facts()).Detail);

    [Fact]
    public void A_subject_passed_last_year_chosen_again_is_named_and_refused()
    {
        var candidate = Verified();
        var history = CandidateHistory.None(candidate) with { HasResults = true, PreviousYearPasses = [new PreviousPass("ZJ-SW", "2026-ZJ", 72)] };
        var refusal = Refused(Request(["ZJ-SW", "ZJ-CG"]), Facts(candidate: candidate, history: history));
        Assert.Equal((400, "ENROLLMENT_SUBJECT_CARRIED"), (refusal.Status, refusal.Code));
        Assert.Equal("中级会计实务已在上一考试年度合格，成绩有效，无需再次报考", refusal.Errors!["subjectCodes"].Single());
    }

    [Fact]
    public void An_accepted_enrollment_awaits_payment_until_the_deadline_charged_for_the_chosen_subjects_only()
    {
        var candidate = Verified();
        var history = CandidateHistory.None(candidate) with { HasResults = true, PreviousYearPasses = [new PreviousPass("ZJ-SW", "2026-ZJ", 72)] };
        var enrollment = Accepted(Request(["ZJ-CG", "ZJ-JJF", "ZJ-CG", " "]), Facts(candidate: candidate, history: history));
        Assert.Equal(EnrollmentStatus.AwaitingPayment, enrollment.Status);
        Assert.Equal(EnrollmentKind.Returning, enrollment.Kind);
        Assert.Equal(["ZJ-CG", "ZJ-JJF"], enrollment.SubjectCodes);
        Assert.Equal(["ZJ-SW"], enrollment.CarriedSubjectCodes);
        Assert.Equal(2 * 5600, enrollment.AmountFen);
        Assert.Equal(Now.AddDays(12), enrollment.PayBy);
        Assert.Equal((2, Now, "203.0.113.9"), (enrollment.NoticeVersion, enrollment.CommitmentAcceptedAt, enrollment.CommitmentClientAddress));
        Assert.Equal(EligibleForm, enrollment.Form);
        Assert.Equal(User, enrollment.UserId);
    }

    [Fact]
    public void A_refusal_is_answered_as_a_problem_with_its_status_and_code()
    {
        var problem = Refused(Request(notice: 1), Facts()).ToProblem();
        Assert.Equal(409, problem.StatusCode);
        Assert.Equal("ENROLLMENT_NOTICE_OUTDATED", problem.ProblemDetails.Extensions["code"]);
    }
}
