using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>One province per exam under concurrency, cancel and choose again, expiry at the payment deadline.</summary>
public sealed class EnrollmentLifecycleTests
{
    private static readonly string[] Provinces = ["110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000", "320000"];

    private static async Task<string> OpenExamAsync(string prefix, TimeSpan closesIn, TimeSpan payableFor)
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode(prefix);
        await TestExams.SaveExamAsync(admin, code, 2026);
        var now = PlatformEnvironment.Now;
        foreach (var province in Provinces)
            await TestExams.SaveProvinceAsync(admin, code, province, TestExams.Terms(now.AddHours(-1), now + closesIn, now + closesIn + payableFor));
        await TestExams.PublishAsync(admin, code);
        return code;
    }

    [Fact]
    public async Task Fifty_parallel_attempts_into_different_provinces_make_exactly_one_enrollment()
    {
        var exam = await OpenExamAsync("RACE", TimeSpan.FromDays(1), TimeSpan.FromHours(1));
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var requests = new List<object>();
        foreach (var province in Provinces) requests.Add(await Enrollments.RequestAsync(candidate, exam, province, ["ZJ-SW"], CandidateSteps.EligibleForm));
        await Enrollments.RealNameKnownAsync(candidate, exam, "110000");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => candidate.Client.PostAsync(Enrollments.Path, requests[i % requests.Count])));

        Assert.Single(attempts, a => a.Status == HttpStatusCode.Created);
        Assert.All(attempts.Where(a => a.Status != HttpStatusCode.Created), a => Assert.Equal("ENROLLMENT_ALREADY_ENROLLED", a.ProblemCode));
        var mine = await candidate.Client.GetAsync($"{Enrollments.Path}?page=1&pageSize=100");
        Assert.Equal(1, mine.Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unpaid_enrollment_can_be_cancelled_and_another_province_chosen_with_the_form_prefilled()
    {
        var exam = await OpenExamAsync("CXL", TimeSpan.FromDays(1), TimeSpan.FromHours(1));
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var first = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "120000", ["ZJ-SW"], CandidateSteps.EligibleForm));
        Assert.True(first.Status == HttpStatusCode.Created, first.ToString());
        var id = first.Json.GetProperty("id").GetGuid();
        Assert.Equal("ENROLLMENT_ALREADY_ENROLLED",
            (await candidate.Client.PostAsync(Enrollments.Path, await Enrollments.RequestAsync(candidate, exam, "130000", ["ZJ-SW"], CandidateSteps.EligibleForm))).ProblemCode);

        var cancelled = await candidate.Client.PostAsync($"{Enrollments.Path}/{id}/cancel");
        Assert.Equal("Cancelled", cancelled.Json.GetProperty("status").GetString());
        Assert.Equal("ENROLLMENT_NOT_CANCELLABLE", (await candidate.Client.PostAsync($"{Enrollments.Path}/{id}/cancel")).ProblemCode);
        Assert.Equal("ENROLLMENT_NOT_WITHDRAWABLE", (await candidate.Client.PostAsync($"{Enrollments.Path}/{id}/withdraw")).ProblemCode);

        var options = await candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/130000");
        Assert.Equal("Returning", options.Json.GetProperty("kind").GetString());
        Assert.Equal("会计学", options.Json.GetProperty("prefilledForm").GetProperty("major").GetString());
        var second = await candidate.Client.PostAsync(Enrollments.Path, await Enrollments.RequestAsync(candidate, exam, "130000", ["ZJ-SW", "ZJ-JJF"], CandidateSteps.EligibleForm));
        Assert.True(second.Status == HttpStatusCode.Created, second.ToString());
        Assert.Equal("130000", second.Json.GetProperty("provinceCode").GetString());

        var mine = await candidate.Client.GetAsync($"{Enrollments.Path}?page=1&pageSize=1");
        Assert.Equal(2, mine.Json.GetProperty("total").GetInt32());
        Assert.Equal(second.Json.GetProperty("id").GetGuid(), Assert.Single(mine.Json.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        using var stranger = (await Candidate.RegisterAsync(emulator)).Client;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"{Enrollments.Path}/{second.Json.GetProperty("id").GetGuid()}/cancel")).Status);
    }

    [Fact]
    public async Task An_enrollment_unpaid_at_the_payment_deadline_expires_and_the_candidate_sees_why()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var exam = await OpenExamAsync("EXP", TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(2));
        var enrolled = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "110000", ["ZJ-SW"], CandidateSteps.EligibleForm));
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
        var id = enrolled.Json.GetProperty("id").GetGuid();
        var payBy = enrolled.Json.GetProperty("payBy").GetDateTimeOffset();

        var expired = await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{id}"),
            r => r.Json.GetProperty("status").GetString() == "Expired", "the enrollment expires", TimeSpan.FromSeconds(60));
        Assert.True(expired.Json.GetProperty("closedAt").GetDateTimeOffset() >= payBy);
        Assert.Contains("缴费截止时间", expired.Json.GetProperty("nextStep").GetString());
    }
}
