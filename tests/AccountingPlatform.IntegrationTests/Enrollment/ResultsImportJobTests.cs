using System.Net;
using System.Text;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>
/// A results file is checked as it streams in and merged by a job the administrator watches: 202 with the job's status
/// resource, which says where the import is and, when done, how many rows it imported and added.
/// </summary>
public sealed class ResultsImportJobTests
{
    private const string Header = "certificateType,certificateNumber,subjectCode,score";

    [Fact]
    public async Task A_file_over_the_platforms_2_MB_cap_streams_in_and_its_job_imports_every_line_and_only_admins_see_it()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("BIG");
        await TestExams.SaveExamAsync(admin, code, 2025);
        const int people = 20_000;   // three subjects each: 60,000 lines, about 2.6 MB
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < people; i++)   // numbered in turn: every person distinct (the exam is new, so nobody else's results)
        {
            var person = 110105198001010000L + i;
            csv.Append($"ResidentIdCard,{person},ZJ-SW,72\nResidentIdCard,{person},ZJ-CG,61.5\nResidentIdCard,{person},ZJ-JJF,100\n");
        }
        Assert.True(csv.Length > 2 * 1024 * 1024);

        var accepted = await TestExams.PostResultsAsync(admin, code, csv.ToString());
        Assert.True(accepted.Status == HttpStatusCode.Accepted, accepted.ToString());
        var location = accepted.Raw.Headers.Location!.OriginalString;
        Assert.StartsWith($"/api/enrollment/admin/exams/{code}/results/imports/", location);
        Assert.Contains(accepted.Json.GetProperty("state").GetString(), new[] { "Queued", "Importing", "Done" });
        Assert.Equal((3 * people, 3 * people, 0), (accepted.Json.GetProperty("linesRead").GetInt32(), accepted.Json.GetProperty("valid").GetInt32(),
            accepted.Json.GetProperty("errorCount").GetInt32()));

        var done = await Eventually.GetAsync(() => admin.GetAsync(location), r => r.Json.GetProperty("state").GetString() == "Done", "the import is merged");
        Assert.Equal((3 * people, 3 * people), (done.Json.GetProperty("imported").GetInt32(), done.Json.GetProperty("added").GetInt32()));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, done.Json.GetProperty("finishedAt").ValueKind);
        Assert.Equal(3 * people, await ResultsDryRunTests.ResultRowsAsync(code));
        Assert.Contains("ResultsImported", (await admin.GetAsync($"/api/enrollment/admin/exams/{code}/changes")).Text);

        using var reviewer = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(location)).Status);
        var unknown = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/results/imports/{Guid.CreateVersion7()}");
        Assert.Equal((HttpStatusCode.NotFound, "ENROLLMENT_RESULTS_IMPORT_NOT_FOUND"), (unknown.Status, unknown.ProblemCode));
        var otherExam = await admin.GetAsync(location.Replace($"/exams/{code}/", "/exams/NOPE/"));
        Assert.Equal(HttpStatusCode.NotFound, otherExam.Status);
    }

    [Fact]
    public async Task A_file_with_more_bad_lines_than_are_listed_is_refused_with_the_first_errors_and_the_count_and_writes_nothing()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("BAD");
        await TestExams.SaveExamAsync(admin, code, 2025);
        var csv = new StringBuilder(Header).Append('\n');
        csv.Append($"ResidentIdCard,{TestIdentities.ResidentIdNumber()},ZJ-SW,72\n");
        for (var i = 0; i < 1500; i++) csv.Append($"Passport,E{i:D8},ZJ-SW,59\n");

        var refused = await TestExams.PostResultsAsync(admin, code, csv.ToString());
        Assert.Equal((HttpStatusCode.BadRequest, "ENROLLMENT_RESULTS_INVALID"), (refused.Status, refused.ProblemCode));
        Assert.Contains("1500行有误", refused.Json.GetProperty("detail").GetString());
        var errors = refused.Json.GetProperty("errors").EnumerateObject().ToList();
        Assert.Equal(1000, errors.Count);
        Assert.Equal("line:3", errors[0].Name);
        Assert.StartsWith("第3行：成绩59未达到合格标准", errors[0].Value[0].GetString());
        Assert.Equal(0, await ResultsDryRunTests.ResultRowsAsync(code));

        var check = await TestExams.PostResultsAsync(admin, code, csv.ToString(), "?dryRun=true");
        Assert.Equal((1501, 1, 1500, 1000), (check.Json.GetProperty("lines").GetInt32(), check.Json.GetProperty("valid").GetInt32(),
            check.Json.GetProperty("errorCount").GetInt32(), check.Json.GetProperty("errors").GetArrayLength()));
    }
}
