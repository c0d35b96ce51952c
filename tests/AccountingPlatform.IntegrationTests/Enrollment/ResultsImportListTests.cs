using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>
/// An exam's results imports, newest first: an administrator who closed the page finds the job again (its state, lines,
/// errors, who sent it and when); only administrators see them.
/// </summary>
public sealed class ResultsImportListTests
{
    private const string Header = "certificateType,certificateNumber,subjectCode,score";

    [Fact]
    public async Task An_exams_imports_are_listed_newest_first_with_state_lines_errors_who_and_when_to_administrators_only()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("LST");
        await TestExams.SaveExamAsync(admin, code, 2025);
        var empty = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/results/imports");
        Assert.True(empty.Status == HttpStatusCode.OK, empty.ToString());
        Assert.Equal(0, empty.Json.GetProperty("total").GetInt32());

        var person = TestIdentities.ResidentIdNumber();
        var done = await TestExams.ImportResultsAsync(admin, code, $"{Header}\nResidentIdCard,{person},ZJ-SW,72\nResidentIdCard,{person},ZJ-CG,61\n");
        Assert.Equal("Done", done.Json.GetProperty("state").GetString());
        var refused = await TestExams.PostResultsAsync(admin, code, $"{Header}\nResidentIdCard,{person},ZJ-SW,72\nResidentIdCard,{person},ZJ-XX,80\nResidentIdCard,{person},ZJ-CG,59\n");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);

        var list = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/results/imports");
        Assert.True(list.Status == HttpStatusCode.OK, list.ToString());
        Assert.Equal(2, list.Json.GetProperty("total").GetInt32());
        var items = list.Json.GetProperty("items").EnumerateArray().ToList();
        var (failed, imported) = (items[0], items[1]);   // newest first
        Assert.Equal(("Failed", 3, 1, 2, 2), (failed.GetProperty("state").GetString(), failed.GetProperty("linesRead").GetInt32(),
            failed.GetProperty("valid").GetInt32(), failed.GetProperty("badLines").GetInt32(), failed.GetProperty("errorCount").GetInt32()));
        Assert.Equal(("Done", done.Json.GetProperty("id").GetString(), 2, 2), (imported.GetProperty("state").GetString(),
            imported.GetProperty("id").GetString(), imported.GetProperty("imported").GetInt32(), imported.GetProperty("added").GetInt32()));
        Assert.Equal(done.Json.GetProperty("requestedBy").GetString(), imported.GetProperty("requestedBy").GetString());
        Assert.False(string.IsNullOrEmpty(imported.GetProperty("requestedBy").GetString()));
        Assert.True(failed.GetProperty("createdAt").GetDateTimeOffset() >= imported.GetProperty("createdAt").GetDateTimeOffset());
        Assert.False(imported.TryGetProperty("errors", out _));   // the errors are at the import's own resource

        var second = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/results/imports?page=2&pageSize=1");
        Assert.Equal(done.Json.GetProperty("id").GetString(), second.Json.GetProperty("items")[0].GetProperty("id").GetString());

        using var reviewer = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/enrollment/admin/exams/{code}/results/imports")).Status);
        var unknown = await admin.GetAsync("/api/enrollment/admin/exams/NOPE404/results/imports");
        Assert.Equal((HttpStatusCode.NotFound, "ENROLLMENT_EXAM_NOT_FOUND"), (unknown.Status, unknown.ProblemCode));
    }
}
