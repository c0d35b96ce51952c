using AccountingPlatform.Enrollment.Candidates;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>The kind of candidate, the passes carried and what is prefilled, decided from what the platform knows of them.</summary>
public sealed class CandidateStandingsTests
{
    private static readonly EnrollmentForm LastYearsForm = new(EducationLevel.Master, "厦门大学", "会计学", new DateOnly(2020, 6, 30), 3,
        "厦门某某有限公司", "福建省厦门市思明区某某路3号", "361000");

    private static Exam Exam() => new()
    {
        Code = "2027-ZJ", Year = 2027, Level = ExamLevel.Intermediate, Name = "2027年度全国中级会计资格考试",
        Subjects = [new() { ExamCode = "2027-ZJ", Code = "ZJ-SW", Name = "中级会计实务" }, new() { ExamCode = "2027-ZJ", Code = "ZJ-CG", Name = "财务管理" }],
    };

    private static ExamProvince Province(bool linked = false) => new() { ExamCode = "2027-ZJ", ProvinceCode = "440000", ProvinceName = "广东省", LinkedToPersonnelRegistry = linked };

    private static CandidateEligibility Candidate() => new() { UserId = Guid.CreateVersion7(), RealNameVerified = true, RegisteredPhone = "13800138000" };

    private static ExamEnrollment Enrolled(DateTimeOffset at, string phone, EnrollmentForm? form) => new()
    {
        ExamCode = "2026-ZJ", ProvinceCode = "350000", Contact = new EnrollmentContact(phone, null), Form = form, CreatedAt = at,
    };

    [Fact]
    public void What_the_candidates_own_enrollments_tell_the_newest_contact_and_the_newest_form_given_and_results_only_with_a_certificate()
    {
        var at = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var newestFirst = new[] { Enrolled(at.AddDays(2), "13900139002", null), Enrolled(at.AddDays(1), "13900139001", LastYearsForm), Enrolled(at, "13900139000", null) };
        var known = CandidateStandings.Known(Candidate(), newestFirst, hasResults: false);
        Assert.True(known.EnrolledBefore);
        Assert.Equal("13900139002", known.LastContact!.MobilePhone);
        Assert.Equal(LastYearsForm, known.LastForm);

        var never = CandidateStandings.Known(Candidate(), [], hasResults: true);   // no certificate known: its results cannot be theirs
        Assert.False(never.EnrolledBefore);
        Assert.Null(never.LastContact);
        Assert.False(never.HasResults);
        var certified = Candidate();
        certified.CertificateType = "ResidentIdCard";
        certified.CertificateNumber = "350203199001011234";
        Assert.True(CandidateStandings.Known(certified, [], hasResults: true).HasResults);
    }

    [Fact]
    public void A_candidate_never_enrolled_and_without_results_is_new_with_the_registered_phone_prefilled()
    {
        var standing = CandidateStandings.Decide(CandidateHistory.None(Candidate()), Exam(), Province());
        Assert.Equal(EnrollmentKind.New, standing.Kind);
        Assert.True(standing.FormRequired);
        Assert.Equal(new EnrollmentContact("13800138000", null), standing.PrefilledContact);
        Assert.Null(standing.PrefilledForm);
        Assert.Empty(standing.Carried);
        Assert.True(standing.RealNameVerified);
    }

    [Fact]
    public void A_candidate_not_yet_known_is_new_unverified_with_nothing_prefilled()
    {
        var standing = CandidateStandings.Decide(CandidateHistory.None(null), Exam(), Province());
        Assert.Equal((EnrollmentKind.New, false), (standing.Kind, standing.RealNameVerified));
        Assert.Equal(new EnrollmentContact(null, null), standing.PrefilledContact);
    }

    [Fact]
    public void A_candidate_who_enrolled_before_is_returning_with_the_last_contact_and_form_prefilled()
    {
        var history = CandidateHistory.None(Candidate()) with { EnrolledBefore = true, LastContact = new("13900139000", "me@example.cn"), LastForm = LastYearsForm };
        var standing = CandidateStandings.Decide(history, Exam(), Province());
        Assert.Equal(EnrollmentKind.Returning, standing.Kind);
        Assert.Equal(new EnrollmentContact("13900139000", "me@example.cn"), standing.PrefilledContact);
        Assert.Equal(LastYearsForm, standing.PrefilledForm);
    }

    [Fact]
    public void A_candidate_known_only_from_imported_results_is_returning_with_what_the_results_said_prefilled()
    {
        var fromResults = LastYearsForm with { AccountingWorkYears = null };
        var history = CandidateHistory.None(Candidate()) with { HasResults = true, FormFromResults = fromResults };
        var standing = CandidateStandings.Decide(history, Exam(), Province());
        Assert.Equal(EnrollmentKind.Returning, standing.Kind);
        Assert.Equal(fromResults, standing.PrefilledForm);
        Assert.Equal("13800138000", standing.PrefilledContact.MobilePhone);
    }

    [Fact]
    public void The_candidates_own_last_form_is_prefilled_before_what_imported_results_said()
    {
        var history = CandidateHistory.None(Candidate()) with
        {
            EnrolledBefore = true, LastForm = LastYearsForm, HasResults = true, FormFromResults = LastYearsForm with { School = "另一所学校" },
        };
        Assert.Equal(LastYearsForm, CandidateStandings.Decide(history, Exam(), Province()).PrefilledForm);
    }

    [Fact]
    public void Last_years_passes_are_carried_at_their_best_score_and_only_for_subjects_of_this_exam()
    {
        var history = CandidateHistory.None(Candidate()) with
        {
            HasResults = true,
            PreviousYearPasses = [new PreviousPass("ZJ-SW", "2026-ZJ", 61), new PreviousPass("ZJ-SW", "2026-ZJB", 75), new PreviousPass("ZJ-OLD", "2026-ZJ", 90)],
        };
        var carried = Assert.Single(CandidateStandings.Decide(history, Exam(), Province()).Carried);
        Assert.Equal(new CarriedSubject("ZJ-SW", "中级会计实务", "2026-ZJB", 75), carried);
    }

    [Fact]
    public void In_a_linked_province_the_candidate_is_linked_needs_no_form_and_the_record_decides()
    {
        var candidate = Candidate();
        var refused = CandidateStandings.Decide(CandidateHistory.None(candidate) with { EnrolledBefore = true }, Exam(), Province(linked: true));
        Assert.Equal((EnrollmentKind.Linked, false), (refused.Kind, refused.FormRequired));
        Assert.NotNull(refused.Refusal);
        candidate.ApplyPersonnelRecord(1, PersonnelRecordState.Approved, null, "440106");
        Assert.Null(CandidateStandings.Decide(CandidateHistory.None(candidate), Exam(), Province(linked: true)).Refusal);
    }

    [Fact]
    public void Outside_a_linked_province_the_personnel_record_refuses_nothing() =>
        Assert.Null(CandidateStandings.Decide(CandidateHistory.None(Candidate()), Exam(), Province()).Refusal);
}
