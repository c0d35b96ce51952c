using System.Net;
using System.Text.Json;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>
/// An exam's 报名名单 in a province, as administrators read it through the gateway: newest first, paged by position with
/// neither a gap nor a repeat (rows created in the same instant included), filtered by status or one person (报名号 or
/// certificate number), personal data masked; a bad filter is a 400 naming the field; only administrators see it.
/// </summary>
public sealed class AdminEnrollmentListTests
{
    private const string Beijing = "110000";

    [Fact]
    public async Task Administrators_page_an_exams_enrollments_in_a_province_newest_first_without_gaps_or_repeats_filtered_and_masked()
    {
        using var emulator = new EmulatorClient();
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("ENL");
        await TestExams.SaveExamAsync(admin, code, 2031);
        var now = PlatformEnvironment.Now;
        foreach (var province in new[] { Beijing, "440000" })
            await TestExams.SaveProvinceAsync(admin, code, province, TestExams.Terms(now.AddDays(-1), now.AddDays(20), now.AddDays(25)));
        using var candidate = await Candidate.RegisterAsync(emulator, "欧阳娜娜");
        await Eventually.GetAsync(() => DatabaseRows.CountAsync("enrollment", "candidates", "UserId", candidate.UserId), n => n == 1,
            "Enrollment learns of the registered candidate");

        // 45 in 北京 (three created in each instant: the id orders them), one of them the registered candidate's; 5 in 广东.
        var start = now.AddHours(-1);
        var rows = Enumerable.Range(0, 45).Select(i => new EnrollmentRows.Row(Guid.CreateVersion7(), i == 7 ? candidate.UserId : Guid.CreateVersion7(), Beijing,
            i % 3 == 0 ? "Confirmed" : "AwaitingPayment", start.AddSeconds(i / 3), i % 3 == 0 ? $"2031{Beijing[..2]}{Random.Shared.Next(10_000_000, 99_999_999)}" : null))
            .Concat(Enumerable.Range(0, 5).Select(i => new EnrollmentRows.Row(Guid.CreateVersion7(), Guid.CreateVersion7(), "440000", "Confirmed", start.AddSeconds(i), null)))
            .ToList();
        await EnrollmentRows.InsertAsync(code, rows);
        var beijing = rows.Where(r => r.Province == Beijing)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id.ToString("D"), StringComparer.Ordinal).Select(r => r.Id).ToList();

        var list = $"/api/enrollment/admin/exams/{code}/enrollments?province={Beijing}";
        var first = await admin.GetAsync($"{list}&pageSize=10");
        Assert.True(first.Status == HttpStatusCode.OK, first.ToString());
        Assert.Equal((45, false), (first.Json.GetProperty("total").GetInt32(), first.Json.GetProperty("totalCapped").GetBoolean()));
        var seen = Ids(first.Json);
        var page = first.Json;
        while (page.GetProperty("next").GetString() is { } next)
        {
            var more = await admin.GetAsync($"{list}&pageSize=10&after={next}");
            Assert.True(more.Status == HttpStatusCode.OK, more.ToString());
            page = more.Json;
            Assert.Equal(JsonValueKind.Null, page.GetProperty("total").ValueKind);   // counted on the first page only
            seen.AddRange(Ids(page));
        }
        Assert.Equal(beijing, seen);   // every one once, newest first, ties by id

        var confirmed = await admin.GetAsync($"{list}&status=confirmed&pageSize=100");
        Assert.Equal(15, confirmed.Json.GetProperty("total").GetInt32());
        Assert.All(confirmed.Json.GetProperty("items").EnumerateArray(), i => Assert.Equal("Confirmed", i.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, confirmed.Json.GetProperty("next").ValueKind);

        var numbered = rows.First(r => r.EnrollmentNumber is not null && r.Province == Beijing);
        var byNumber = await admin.GetAsync($"{list}&q={numbered.EnrollmentNumber}");
        Assert.Equal([numbered.Id], Ids(byNumber.Json));

        var byCertificate = await admin.GetAsync($"{list}&q={candidate.IdNumber}");
        var person = Assert.Single(byCertificate.Json.GetProperty("items").EnumerateArray());
        Assert.Equal(rows[7].Id, person.GetProperty("id").GetGuid());
        Assert.Equal("欧***", person.GetProperty("maskedName").GetString());
        Assert.Equal($"{candidate.IdNumber[..6]}********{candidate.IdNumber[^4..]}", person.GetProperty("maskedCertificateNumber").GetString());
        Assert.Equal("138****5678", person.GetProperty("maskedPhone").GetString());
        Assert.DoesNotContain(candidate.IdNumber, byCertificate.Text);

        foreach (var (query, field) in new[] { ("&after=not-a-cursor", "after"), ("&status=Paid", "status") })
        {
            var bad = await admin.GetAsync(list + query);
            Assert.Equal((HttpStatusCode.BadRequest, "ENROLLMENT_LIST_FILTER_INVALID"), (bad.Status, bad.ProblemCode));
            Assert.True(bad.Json.GetProperty("errors").TryGetProperty(field, out _), bad.ToString());
        }
        foreach (var province in new[] { "11", "310000" })   // not a province code; a province without this exam's terms
        {
            var bad = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/enrollments?province={province}");
            Assert.Equal((HttpStatusCode.BadRequest, "ENROLLMENT_LIST_FILTER_INVALID"), (bad.Status, bad.ProblemCode));
        }
        var unknown = await admin.GetAsync($"/api/enrollment/admin/exams/NOPE404/enrollments?province={Beijing}");
        Assert.Equal((HttpStatusCode.NotFound, "ENROLLMENT_EXAM_NOT_FOUND"), (unknown.Status, unknown.ProblemCode));

        using var reviewer = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(list)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.Client.GetAsync(list)).Status);
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
