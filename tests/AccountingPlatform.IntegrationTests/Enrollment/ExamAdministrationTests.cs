using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>Exams are data kept by administrators: terms per province, a versioned notice, an audit, the published 2024 exam.</summary>
public sealed class ExamAdministrationTests
{
    [Fact]
    public async Task An_administrator_publishes_terms_a_changed_notice_gets_a_new_version_and_every_change_is_audited()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("ADM");
        await TestExams.SaveExamAsync(admin, code, 2026);
        var now = PlatformEnvironment.Now;
        await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11), notice: "第一版须知"));
        await TestExams.PublishAsync(admin, code);
        using var anonymous = new PlatformClient();
        var notice = await anonymous.GetAsync($"/api/enrollment/exams/{code}/provinces/440000/notice");
        Assert.Equal(1, notice.Json.GetProperty("noticeVersion").GetInt32());
        Assert.Equal("第一版须知", notice.Json.GetProperty("noticeText").GetString());
        Assert.Equal("广东省", notice.Json.GetProperty("provinceName").GetString());

        // The fee changes: the notice keeps its version. The notice changes: version 2.
        await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11), notice: "第一版须知", fee: 6000));
        Assert.Equal(1, (await anonymous.GetAsync($"/api/enrollment/exams/{code}/provinces/440000/notice")).Json.GetProperty("noticeVersion").GetInt32());
        await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11), notice: "第二版须知", fee: 6000));
        Assert.Equal(2, (await anonymous.GetAsync($"/api/enrollment/exams/{code}/provinces/440000/notice")).Json.GetProperty("noticeVersion").GetInt32());

        // A candidate who read version 1 is asked to read the notice again.
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var current = await Enrollments.RequestAsync(candidate, code, "440000", ["ZJ-SW"], CandidateSteps.EligibleForm);
        var readVersionOne = System.Text.Json.JsonSerializer.SerializeToNode(current, ApiJson.Options)!;
        readVersionOne["noticeVersion"] = 1;
        await Enrollments.RealNameKnownAsync(candidate, code, "440000");
        var outdated = await candidate.Client.PostAsync(Enrollments.Path, readVersionOne);
        Assert.Equal(HttpStatusCode.Conflict, outdated.Status);
        Assert.Equal("ENROLLMENT_NOTICE_OUTDATED", outdated.ProblemCode);
        var enrolled = await candidate.Client.PostAsync(Enrollments.Path, current);
        Assert.Equal(2, enrolled.Json.GetProperty("noticeVersion").GetInt32());
        Assert.Equal(6000, enrolled.Json.GetProperty("feePerSubjectFen").GetInt64());

        var changes = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/changes?page=1&pageSize=10");
        Assert.Equal(5, changes.Json.GetProperty("total").GetInt32());   // created, terms set, published, terms changed twice
        var latest = changes.Json.GetProperty("items")[0];
        Assert.Equal("ProvinceTermsUpdated", latest.GetProperty("action").GetString());
        Assert.Contains("第一版须知", latest.GetProperty("before").GetString());
        Assert.Contains("第二版须知", latest.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Bad_terms_are_refused_field_by_field_and_change_nothing_and_only_administrators_may_change_exams()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("BAD");
        await TestExams.SaveExamAsync(admin, code, 2026);
        var now = PlatformEnvironment.Now;
        var closesBeforeOpening = await admin.PutAsync($"/api/enrollment/admin/exams/{code}/provinces/440000",
            TestExams.Terms(now.AddDays(5), now.AddDays(1), now.AddDays(6)));
        Assert.Equal(HttpStatusCode.BadRequest, closesBeforeOpening.Status);
        Assert.Equal("ENROLLMENT_PROVINCE_TERMS_INVALID", closesBeforeOpening.ProblemCode);
        Assert.True(closesBeforeOpening.Json.GetProperty("errors").TryGetProperty("windowClosesAt", out _));
        var notAProvince = await admin.PutAsync($"/api/enrollment/admin/exams/{code}/provinces/440300",
            TestExams.Terms(now, now.AddDays(1), now.AddDays(2)));
        Assert.Equal("ENROLLMENT_PROVINCE_TERMS_INVALID", notAProvince.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/enrollment/exams/{code}/provinces/440000/notice")).Status);

        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.Client.PutAsync($"/api/enrollment/admin/exams/{code}/provinces/440000",
            TestExams.Terms(now, now.AddDays(1), now.AddDays(2)))).Status);
        using var reviewer = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/enrollment/admin/exams/{code}/changes")).Status);
        using var anonymous = new PlatformClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsync($"/api/enrollment/admin/exams/{code}", new { year = 2026 })).Status);
        Assert.Equal(1, (await admin.GetAsync($"/api/enrollment/admin/exams/{code}/changes")).Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_exam_no_province_offers_is_not_shown_to_candidates_but_administrators_still_see_it()
    {
        // Last year's exam, created only to import its results.
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("PAST");
        await TestExams.SaveExamAsync(admin, code, PlatformEnvironment.Now.Year - 1);
        using var anonymous = new PlatformClient();
        Assert.DoesNotContain(code, (await anonymous.GetAsync("/api/enrollment/exams")).Json.EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        Assert.DoesNotContain(code, (await candidate.Client.GetAsync("/api/enrollment/exams")).Json.EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        var options = await candidate.Client.GetAsync($"/api/enrollment/me/exams/{code}/provinces/440000");
        Assert.Equal(HttpStatusCode.NotFound, options.Status);
        Assert.Equal("ENROLLMENT_EXAM_NOT_FOUND", options.ProblemCode);   // never published: to candidates, no such exam

        var all = await admin.GetAsync("/api/enrollment/admin/exams");
        Assert.True(all.Status == HttpStatusCode.OK, all.ToString());
        var past = all.Json.EnumerateArray().Single(e => e.GetProperty("code").GetString() == code);
        Assert.Empty(past.GetProperty("provinces").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.Client.GetAsync("/api/enrollment/admin/exams")).Status);

        // Once a province offers it and it is published, candidates see it.
        var now = PlatformEnvironment.Now;
        await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11)));
        Assert.DoesNotContain(code, (await anonymous.GetAsync("/api/enrollment/exams")).Json.EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        await TestExams.PublishAsync(admin, code);
        Assert.Contains(code, (await anonymous.GetAsync("/api/enrollment/exams")).Json.EnumerateArray().Select(e => e.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_published_2024_intermediate_exam_is_loaded_for_every_province_with_its_notice()
    {
        using var anonymous = new PlatformClient();
        var exams = await anonymous.GetAsync("/api/enrollment/exams");
        var exam = exams.Json.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "2024-ZJ");
        Assert.Equal(2024, exam.GetProperty("year").GetInt32());
        Assert.Equal(["ZJ-CG", "ZJ-JJF", "ZJ-SW"], exam.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToArray());
        var provinces = exam.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(31, provinces.Count);   // the mainland's 31 provincial divisions
        Assert.False(provinces.Single(p => p.GetProperty("provinceCode").GetString() == "440000").GetProperty("linkedToPersonnelRegistry").GetBoolean());
        Assert.Equal(6000, provinces.Single(p => p.GetProperty("provinceCode").GetString() == "110000").GetProperty("feePerSubjectFen").GetInt64());
        var notice = await anonymous.GetAsync("/api/enrollment/exams/2024-ZJ/provinces/650000/notice");
        Assert.Contains("从事会计工作满5年", notice.Json.GetProperty("noticeText").GetString());
        Assert.Contains("第二百八十四条之一", notice.Json.GetProperty("commitmentText").GetString());
    }
}
