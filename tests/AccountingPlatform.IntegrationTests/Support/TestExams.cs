using System.Net;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>Exams an administrator keeps through the API, for tests that need their own terms.</summary>
public static class TestExams
{
    public static readonly object[] IntermediateSubjects =
    [
        new { code = "ZJ-SW", name = "中级会计实务" }, new { code = "ZJ-CG", name = "财务管理" }, new { code = "ZJ-JJF", name = "经济法" },
    ];

    public static Task<PlatformClient> AdminAsync() => Reviewers.LoginAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);

    /// <summary>A fresh exam code that ends in neither "-ZJ" (the published exams) nor clashes with another test's.</summary>
    public static string NewCode(string prefix) => $"{prefix}{Random.Shared.Next(100_000, 999_999)}";

    /// <summary>Creates or changes an exam; a new one is a draft candidates do not see until <see cref="PublishAsync"/>.</summary>
    public static async Task SaveExamAsync(PlatformClient admin, string code, int year)
    {
        var saved = await admin.PutAsync($"/api/enrollment/admin/exams/{code}",
            new { year, level = "Intermediate", name = $"{year}年度全国中级会计资格考试（{code}）", subjects = IntermediateSubjects });
        Assert.True(saved.Status == HttpStatusCode.OK, saved.ToString());
    }

    /// <summary>Publishes the exam: candidates see it and may enroll.</summary>
    public static async Task PublishAsync(PlatformClient admin, string code)
    {
        var published = await admin.PostAsync($"/api/enrollment/admin/exams/{code}/publish");
        Assert.True(published.Status == HttpStatusCode.OK, published.ToString());
    }

    public static object Terms(DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset deadline, bool linked = false,
        string notice = "报考人员必读事项（测试）", long fee = 5600) => new
    {
        windowOpensAt = opens, windowClosesAt = closes, paymentDeadline = deadline, feePerSubjectFen = fee,
        linkedToPersonnelRegistry = linked, noticeText = notice, commitmentText = "网上报名承诺（测试）",
    };

    public static async Task SaveProvinceAsync(PlatformClient admin, string code, string province, object terms)
    {
        var saved = await admin.PutAsync($"/api/enrollment/admin/exams/{code}/provinces/{province}", terms);
        Assert.True(saved.Status == HttpStatusCode.OK, saved.ToString());
    }

    /// <summary>
    /// Imports passed subjects (CSV): a refusal as it is answered; an accepted file (202, a job) followed to its end,
    /// returning the job's final status (<c>state</c> Done: <c>imported</c>, <c>added</c>).
    /// </summary>
    public static async Task<ApiResponse> ImportResultsAsync(PlatformClient admin, string code, string csv)
    {
        var posted = await PostResultsAsync(admin, code, csv);
        if (posted.Status != HttpStatusCode.Accepted) return posted;
        var location = posted.Raw.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"202 without a Location: {posted}");
        return await Eventually.GetAsync(() => admin.GetAsync(location),
            r => r.Status != HttpStatusCode.OK || r.Json.GetProperty("state").GetString() is "Done" or "Failed", $"the results import {location} ends");
    }

    /// <summary>POSTs a results file and returns the answer as it is (202 with the job's status for a good file).</summary>
    public static Task<ApiResponse> PostResultsAsync(PlatformClient admin, string code, string csv, string query = "") =>
        admin.SendAsync(HttpMethod.Post, $"/api/enrollment/admin/exams/{code}/results{query}", null,
            r => r.Content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
}
