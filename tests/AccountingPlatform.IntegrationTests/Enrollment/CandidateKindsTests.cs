using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using System.Text.Json;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>The platform decides the kind of candidate: new (form and the 中级 rule), returning (passes carried while valid), linked.</summary>
public sealed class CandidateKindsTests
{
    [Fact]
    public async Task A_new_candidate_in_an_unlinked_province_fills_the_form_and_is_refused_with_the_reason_when_not_eligible()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var exam = await Enrollments.DevelopmentExamCodeAsync(candidate.Client);

        var options = await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/440000"),
            r => r.Json.GetProperty("prefilledContact").GetProperty("mobilePhone").GetString() is not null, "Enrollment learns of the registration");
        Assert.Equal("New", options.Json.GetProperty("kind").GetString());
        Assert.True(options.Json.GetProperty("formRequired").GetBoolean());
        Assert.Equal(candidate.Phone, options.Json.GetProperty("prefilledContact").GetProperty("mobilePhone").GetString());

        var withoutForm = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW"]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutForm.Status);
        Assert.Equal("ENROLLMENT_FORM_INVALID", withoutForm.ProblemCode);

        var juniorCollegeThreeYears = new
        {
            highestEducation = "JuniorCollege", school = "广州番禺职业技术学院", major = "会计", graduationDate = "2021-07-01", accountingWorkYears = 3,
            employer = "广州某某有限公司", mailingAddress = "广东省广州市番禺区某某路2号", postalCode = "511400",
        };
        var notEligible = await candidate.Client.PostAsync(Enrollments.Path,
            await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW"], juniorCollegeThreeYears));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notEligible.Status);
        Assert.Equal("ENROLLMENT_NOT_ELIGIBLE", notEligible.ProblemCode);
        Assert.Contains("满5年", notEligible.Json.GetProperty("detail").GetString());
        Assert.Equal(0, (await candidate.Client.GetAsync(Enrollments.Path)).Json.GetProperty("total").GetInt32());

        // Claiming another client address does not change the one the commitment records.
        var enrolled = await candidate.Client.SendAsync(HttpMethod.Post, Enrollments.Path,
            await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW", "ZJ-CG"], CandidateSteps.EligibleForm),
            r => r.Headers.Add("X-Forwarded-For", "203.0.113.7"));
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
        Assert.Equal("New", enrolled.Json.GetProperty("kind").GetString());
        Assert.Equal(2 * 5600, enrolled.Json.GetProperty("amountFen").GetInt64());
        Assert.Equal("会计学", enrolled.Json.GetProperty("form").GetProperty("major").GetString());
        Assert.Contains("前完成缴费", enrolled.Json.GetProperty("nextStep").GetString());
        // The notice version read and the commitment, with when and from where it was accepted, are on the record.
        Assert.Equal(1, enrolled.Json.GetProperty("noticeVersion").GetInt32());
        Assert.True(enrolled.Json.GetProperty("commitmentAcceptedAt").GetDateTimeOffset() > PlatformEnvironment.Now.AddMinutes(-5));
        Assert.Equal(candidate.Client.ClientAddress, enrolled.Json.GetProperty("commitmentClientAddress").GetString());
    }

    [Fact]
    public async Task A_returning_candidate_keeps_last_years_pass_but_not_an_expired_one_and_is_not_charged_for_it()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var developmentExam = await Enrollments.DevelopmentExamAsync(candidate.Client);
        var exam = developmentExam.GetProperty("code").GetString()!;
        var year = developmentExam.GetProperty("year").GetInt32();

        using var admin = await TestExams.AdminAsync();
        var lastYear = TestExams.NewCode("PREV");
        var threeYearsAgo = TestExams.NewCode("OLD");
        await TestExams.SaveExamAsync(admin, lastYear, year - 1);
        await TestExams.SaveExamAsync(admin, threeYearsAgo, year - 3);
        Assert.Equal(HttpStatusCode.OK, (await TestExams.ImportResultsAsync(admin, lastYear,
            $"certificateType,certificateNumber,subjectCode,score\nResidentIdCard,{candidate.IdNumber},ZJ-SW,72\n")).Status);
        Assert.Equal(HttpStatusCode.OK, (await TestExams.ImportResultsAsync(admin, threeYearsAgo,
            $"certificateType,certificateNumber,subjectCode,score\nResidentIdCard,{candidate.IdNumber},ZJ-CG,65.5\n")).Status);

        var options = await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/440000"),
            r => r.Json.GetProperty("kind").GetString() == "Returning", "Enrollment knows the candidate's certificate");
        var carried = options.Json.GetProperty("carriedSubjects").EnumerateArray().ToList();
        Assert.Equal("ZJ-SW", Assert.Single(carried).GetProperty("code").GetString());
        Assert.Equal(lastYear, carried[0].GetProperty("passedInExam").GetString());
        Assert.Equal(["ZJ-CG", "ZJ-JJF"], options.Json.GetProperty("selectableSubjects").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToArray());

        var chosenAgain = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW", "ZJ-CG"], CandidateSteps.EligibleForm));
        Assert.Equal(HttpStatusCode.BadRequest, chosenAgain.Status);
        Assert.Equal("ENROLLMENT_SUBJECT_CARRIED", chosenAgain.ProblemCode);
        Assert.Contains("中级会计实务", chosenAgain.Text);

        var enrolled = await candidate.Client.PostAsync(Enrollments.Path,
            await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-CG", "ZJ-JJF"], CandidateSteps.EligibleForm));
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
        Assert.Equal("Returning", enrolled.Json.GetProperty("kind").GetString());
        Assert.Equal(["ZJ-SW"], enrolled.Json.GetProperty("carriedSubjectCodes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(2 * 5600, enrolled.Json.GetProperty("amountFen").GetInt64());
    }

    [Fact]
    public async Task A_returning_candidate_known_only_from_imported_results_finds_the_form_prefilled_with_what_the_results_said()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var developmentExam = await Enrollments.DevelopmentExamAsync(candidate.Client);
        var exam = developmentExam.GetProperty("code").GetString()!;
        using var admin = await TestExams.AdminAsync();
        var lastYear = TestExams.NewCode("PREF");
        await TestExams.SaveExamAsync(admin, lastYear, developmentExam.GetProperty("year").GetInt32() - 1);
        var imported = await TestExams.ImportResultsAsync(admin, lastYear,
            "certificateType,certificateNumber,subjectCode,score,highestEducation,school,major,graduationDate,employer,mailingAddress,postalCode\n" +
            $"ResidentIdCard,{candidate.IdNumber},ZJ-CG,68,大学本科,暨南大学,财务管理,2016-06-30,广州某某会计师事务所,广东省广州市天河区某某路8号,510630\n");
        Assert.True(imported.Status == HttpStatusCode.OK, imported.ToString());

        var options = await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/440000"),
            r => r.Json.GetProperty("kind").GetString() == "Returning", "Enrollment knows the candidate's certificate");
        Assert.True(options.Json.GetProperty("formRequired").GetBoolean());
        var form = options.Json.GetProperty("prefilledForm");
        Assert.Equal("Bachelor", form.GetProperty("highestEducation").GetString());
        Assert.Equal("暨南大学", form.GetProperty("school").GetString());
        Assert.Equal("财务管理", form.GetProperty("major").GetString());
        Assert.Equal("2016-06-30", form.GetProperty("graduationDate").GetString());
        Assert.Equal("广州某某会计师事务所", form.GetProperty("employer").GetString());
        Assert.Equal("广东省广州市天河区某某路8号", form.GetProperty("mailingAddress").GetString());
        Assert.Equal("510630", form.GetProperty("postalCode").GetString());
        Assert.Equal(JsonValueKind.Null, form.GetProperty("accountingWorkYears").ValueKind);   // changes every year: the candidate fills it
        Assert.Equal(candidate.Phone, options.Json.GetProperty("prefilledContact").GetProperty("mobilePhone").GetString());
        Assert.Equal("ZJ-CG", Assert.Single(options.Json.GetProperty("carriedSubjects").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_results_file_with_bad_lines_is_refused_line_by_line_and_imports_nothing()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("RES");
        await TestExams.SaveExamAsync(admin, code, 2025);
        var good = TestIdentities.ResidentIdNumber();
        var csv = "certificateType,certificateNumber,subjectCode,score\n" +
                  $"ResidentIdCard,{good},ZJ-SW,75\n" +
                  $"ResidentIdCard,{good},ZJ-XX,80\n" +
                  $"ResidentIdCard,{good},ZJ-CG,59\n" +
                  "ResidentIdCard,not a number,ZJ-JJF,61\n" +
                  $"ResidentIdCard,{good},ZJ-SW,75\n";
        var refused = await TestExams.ImportResultsAsync(admin, code, csv);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("ENROLLMENT_RESULTS_INVALID", refused.ProblemCode);
        var errors = refused.Json.GetProperty("errors");
        Assert.Equal(["line:3", "line:4", "line:5", "line:6"], errors.EnumerateObject().Select(e => e.Name).Order().ToArray());
        Assert.Contains("不是本次考试的科目", errors.GetProperty("line:3")[0].GetString());
        Assert.Contains("未达到合格标准", errors.GetProperty("line:4")[0].GetString());
        Assert.Contains("与第2行重复", errors.GetProperty("line:6")[0].GetString());
        var audit = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/changes");
        Assert.DoesNotContain("ResultsImported", audit.Text);

        var fixedFile = "certificateType,certificateNumber,subjectCode,score\n" + $"ResidentIdCard,{good},ZJ-SW,75\n" + $"ResidentIdCard,{good},ZJ-CG,61\n";
        var imported = await TestExams.ImportResultsAsync(admin, code, fixedFile);
        Assert.Equal(("Done", 2, 2), (imported.Json.GetProperty("state").GetString(), imported.Json.GetProperty("imported").GetInt32(), imported.Json.GetProperty("added").GetInt32()));
        var again = await TestExams.ImportResultsAsync(admin, code, fixedFile);   // the same file again: its rows update, nothing is added twice (unique per certificate, exam, subject)
        Assert.Equal(("Done", 2, 0), (again.Json.GetProperty("state").GetString(), again.Json.GetProperty("imported").GetInt32(), again.Json.GetProperty("added").GetInt32()));
    }
}
