using System.Net;
using System.Text.Json;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>Enrollment as a candidate does it: the development exam (next year's, window open), the notice, the request.</summary>
public static class Enrollments
{
    public const string Path = "/api/enrollment/me/enrollments";

    /// <summary>The development exam: the newest one (next year's), seeded with its window open.</summary>
    public static async Task<JsonElement> DevelopmentExamAsync(PlatformClient client)
    {
        var exams = await client.GetAsync("/api/enrollment/exams");
        Assert.True(exams.Status == HttpStatusCode.OK, exams.ToString());
        return exams.Json.EnumerateArray().First(e => e.GetProperty("code").GetString()!.EndsWith("-ZJ", StringComparison.Ordinal));
    }

    public static async Task<string> DevelopmentExamCodeAsync(PlatformClient client) =>
        (await DevelopmentExamAsync(client)).GetProperty("code").GetString()!;

    public static async Task<int> NoticeVersionAsync(PlatformClient client, string exam, string province)
    {
        var notice = await client.GetAsync($"/api/enrollment/exams/{exam}/provinces/{province}/notice");
        Assert.True(notice.Status == HttpStatusCode.OK, notice.ToString());
        return notice.Json.GetProperty("noticeVersion").GetInt32();
    }

    /// <summary>The enrollment body after reading the notice: both commitments accepted, the candidate's phone and e-mail.</summary>
    public static async Task<object> RequestAsync(Candidate candidate, string exam, string province, string[] subjects, object? form = null) => new
    {
        examCode = exam, provinceCode = province, noticeVersion = await NoticeVersionAsync(candidate.Client, exam, province),
        acceptedCommitment = true, acceptedLegalNotice = true, subjectCodes = subjects,
        contact = new { mobilePhone = candidate.Phone, email = EmailOf(candidate) }, form,
    };

    public static string EmailOf(Candidate candidate) => $"c{candidate.Phone}@example.cn";

    /// <summary>Waits until Enrollment has learnt of the candidate's real-name verification (an event from RealName).</summary>
    public static Task<ApiResponse> RealNameKnownAsync(Candidate candidate, string exam, string province) =>
        Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/{province}"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("realNameVerified").GetBoolean(), "Enrollment learns of the real-name verification");

    /// <summary>Enrolls once Enrollment has learnt of the real-name verification.</summary>
    public static Task<ApiResponse> EnrollAsync(Candidate candidate, object request) =>
        Eventually.GetAsync(() => candidate.Client.PostAsync(Path, request),
            r => r.ProblemCode != "ENROLLMENT_REALNAME_REQUIRED", "Enrollment learns of the real-name verification");
}
