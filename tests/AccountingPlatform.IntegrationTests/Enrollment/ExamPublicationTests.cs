using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>
/// A new exam is a draft: candidates neither see it nor enroll in it until an administrator publishes it; an exam
/// anyone enrolled in stays published; the administrators' view of an exam has every term of its edit form.
/// </summary>
public sealed class ExamPublicationTests
{
    [Fact]
    public async Task A_draft_is_unknown_to_candidates_until_published_and_once_enrolled_in_it_cannot_be_unpublished()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("PUB");
        await TestExams.SaveExamAsync(admin, code, 2026);
        var now = PlatformEnvironment.Now;
        await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11), notice: "草稿须知"));

        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        Assert.DoesNotContain(code, await OfferedCodesAsync(candidate.Client));
        Assert.Equal("ENROLLMENT_PROVINCE_NOT_OFFERED", (await candidate.Client.GetAsync($"/api/enrollment/exams/{code}/provinces/440000/notice")).ProblemCode);
        var options = await candidate.Client.GetAsync($"/api/enrollment/me/exams/{code}/provinces/440000");
        Assert.Equal((HttpStatusCode.NotFound, "ENROLLMENT_EXAM_NOT_FOUND"), (options.Status, options.ProblemCode));
        var draftEnrollment = await candidate.Client.PostAsync(Enrollments.Path, new
        {
            examCode = code, provinceCode = "440000", noticeVersion = 1, acceptedCommitment = true, acceptedLegalNotice = true, subjectCodes = new[] { "ZJ-SW" },
            contact = new { mobilePhone = candidate.Phone, email = Enrollments.EmailOf(candidate) }, form = CandidateSteps.EligibleForm,
        });
        Assert.Equal((HttpStatusCode.NotFound, "ENROLLMENT_EXAM_NOT_FOUND"), (draftEnrollment.Status, draftEnrollment.ProblemCode));

        // The administrator's view of the draft: every term of the edit form, unpublished, nobody enrolled.
        var draft = await admin.GetAsync($"/api/enrollment/admin/exams/{code}");
        Assert.True(draft.Status == HttpStatusCode.OK, draft.ToString());
        Assert.False(draft.Json.GetProperty("published").GetBoolean());
        Assert.Equal(0, draft.Json.GetProperty("enrollmentCount").GetInt32());
        Assert.Equal(3, draft.Json.GetProperty("subjects").GetArrayLength());
        var guangdong = Assert.Single(draft.Json.GetProperty("provinces").EnumerateArray());
        Assert.Equal("草稿须知", guangdong.GetProperty("noticeText").GetString());
        Assert.Equal(1, guangdong.GetProperty("noticeVersion").GetInt32());
        Assert.Equal("网上报名承诺（测试）", guangdong.GetProperty("commitmentText").GetString());
        Assert.Equal(5600, guangdong.GetProperty("feePerSubjectFen").GetInt64());
        Assert.False(guangdong.GetProperty("linkedToPersonnelRegistry").GetBoolean());
        Assert.Equal(now.AddDays(11).ToUnixTimeSeconds(), guangdong.GetProperty("paymentDeadline").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.False((await admin.GetAsync("/api/enrollment/admin/exams")).Json.EnumerateArray()
            .Single(e => e.GetProperty("code").GetString() == code).GetProperty("published").GetBoolean());

        // Published: candidates see it and enroll; publishing again changes nothing.
        await TestExams.PublishAsync(admin, code);
        await TestExams.PublishAsync(admin, code);
        Assert.Contains(code, await OfferedCodesAsync(candidate.Client));
        var enrolled = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, code, "440000", ["ZJ-SW"], CandidateSteps.EligibleForm));
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());

        var unpublish = await admin.PostAsync($"/api/enrollment/admin/exams/{code}/unpublish");
        Assert.Equal((HttpStatusCode.Conflict, "ENROLLMENT_EXAM_HAS_ENROLLMENTS"), (unpublish.Status, unpublish.ProblemCode));
        Assert.Contains("不能取消发布", unpublish.Json.GetProperty("detail").GetString());
        var detail = await admin.GetAsync($"/api/enrollment/admin/exams/{code}");
        Assert.True(detail.Json.GetProperty("published").GetBoolean());
        Assert.Equal(1, detail.Json.GetProperty("enrollmentCount").GetInt32());

        // Published once, audited with who and when.
        var changes = (await admin.GetAsync($"/api/enrollment/admin/exams/{code}/changes")).Json.GetProperty("items").EnumerateArray().ToList();
        var published = Assert.Single(changes, c => c.GetProperty("action").GetString() == "ExamPublished");
        Assert.Equal(await AdminIdAsync(admin), published.GetProperty("changedBy").GetGuid());
        Assert.Equal("平台管理员", published.GetProperty("changedByName").GetString());
        Assert.InRange(published.GetProperty("changedAt").GetDateTimeOffset(), now.AddMinutes(-5), now.AddMinutes(5));
    }

    [Fact]
    public async Task An_exam_nobody_enrolled_in_goes_back_to_a_draft_and_the_refusals_are_problems()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("UNP");
        await TestExams.SaveExamAsync(admin, code, 2026);
        var now = PlatformEnvironment.Now;
        await TestExams.SaveProvinceAsync(admin, code, "110000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11)));
        await TestExams.PublishAsync(admin, code);
        using var anonymous = new PlatformClient();
        Assert.Contains(code, await OfferedCodesAsync(anonymous));

        var unpublished = await admin.PostAsync($"/api/enrollment/admin/exams/{code}/unpublish");
        Assert.True(unpublished.Status == HttpStatusCode.OK, unpublished.ToString());
        Assert.False(unpublished.Json.GetProperty("published").GetBoolean());
        Assert.DoesNotContain(code, await OfferedCodesAsync(anonymous));
        Assert.Equal(["ExamUnpublished", "ExamPublished"], (await admin.GetAsync($"/api/enrollment/admin/exams/{code}/changes?pageSize=2")).Json
            .GetProperty("items").EnumerateArray().Select(c => c.GetProperty("action").GetString()!).ToArray());

        foreach (var path in new[] { "", "/publish", "/unpublish", "/figures" })
        {
            var unknown = path is "" or "/figures"
                ? await admin.GetAsync($"/api/enrollment/admin/exams/NOPE{code}{path}")
                : await admin.PostAsync($"/api/enrollment/admin/exams/NOPE{code}{path}");
            Assert.Equal((HttpStatusCode.NotFound, "ENROLLMENT_EXAM_NOT_FOUND"), (unknown.Status, unknown.ProblemCode));
            Assert.Equal("考试不存在", unknown.Json.GetProperty("detail").GetString());
        }

        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var reviewer = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        foreach (var client in new[] { candidate.Client, reviewer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/enrollment/admin/exams/{code}")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/enrollment/admin/exams/{code}/publish")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/enrollment/admin/exams/{code}/unpublish")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/enrollment/admin/exams/{code}/figures")).Status);
        }
        Assert.DoesNotContain(code, await OfferedCodesAsync(anonymous));
    }

    private static async Task<List<string>> OfferedCodesAsync(PlatformClient client) =>
        (await client.GetAsync("/api/enrollment/exams")).Json.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();

    private static async Task<Guid> AdminIdAsync(PlatformClient admin) => (await admin.GetAsync("/api/identity/users/me")).Json.GetProperty("userId").GetGuid();
}
