using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>An administrator checks a results file line by line before anything is written, then imports it.</summary>
public sealed class ResultsDryRunTests
{
    [Fact]
    public async Task A_dry_run_names_the_bad_lines_and_writes_nothing_and_the_corrected_file_imports()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("DRY");
        await TestExams.SaveExamAsync(admin, code, 2025);
        var person = TestIdentities.ResidentIdNumber();
        var bad = "certificateType,certificateNumber,subjectCode,score\n" + $"ResidentIdCard,{person},ZJ-SW,75\n" + $"ResidentIdCard,{person},ZJ-XX,80\n" + "\n" + $"ResidentIdCard,{person},ZJ-CG,101\n" + $"ResidentIdCard,{person},ZJ-JJF,61\n";

        var check = await DryRunAsync(admin, code, bad);
        Assert.True(check.Status == HttpStatusCode.OK, check.ToString());
        Assert.True(check.Json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(4, check.Json.GetProperty("lines").GetInt32());
        Assert.Equal(2, check.Json.GetProperty("valid").GetInt32());
        var errors = check.Json.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([(3, "subjectCode"), (5, "score")], errors.Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString()!)).ToArray());
        Assert.Equal("科目代码ZJ-XX不是本次考试的科目", errors[0].GetProperty("message").GetString());
        Assert.Equal("成绩须为0至100之间的数字", errors[1].GetProperty("message").GetString());
        Assert.Equal(0, await ResultRowsAsync(code));

        // The real import refuses the same file the way it always did, line by line, and writes nothing either.
        var refused = await TestExams.ImportResultsAsync(admin, code, bad);
        Assert.Equal((HttpStatusCode.BadRequest, "ENROLLMENT_RESULTS_INVALID"), (refused.Status, refused.ProblemCode));
        Assert.Equal(["line:3", "line:5"], refused.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToArray());

        // The two lines corrected (the second was another person's score, mistyped).
        var corrected = bad.Replace("ZJ-XX,80", "ZJ-CG,80").Replace($"{person},ZJ-CG,101", $"{TestIdentities.ResidentIdNumber()},ZJ-CG,100");
        var clean = await DryRunAsync(admin, code, corrected);
        Assert.Equal((4, 4, 0), (clean.Json.GetProperty("lines").GetInt32(), clean.Json.GetProperty("valid").GetInt32(), clean.Json.GetProperty("errors").GetArrayLength()));
        Assert.Equal(0, await ResultRowsAsync(code));
        Assert.DoesNotContain("ResultsImported", (await admin.GetAsync($"/api/enrollment/admin/exams/{code}/changes")).Text);

        var imported = await TestExams.ImportResultsAsync(admin, code, corrected);
        Assert.True(imported.Status == HttpStatusCode.OK, imported.ToString());
        Assert.Equal(("Done", 4), (imported.Json.GetProperty("state").GetString(), imported.Json.GetProperty("imported").GetInt32()));
        Assert.Equal(4, await ResultRowsAsync(code));

        var unknown = await DryRunAsync(admin, $"NOPE{code}", corrected);
        Assert.Equal((HttpStatusCode.NotFound, "ENROLLMENT_EXAM_NOT_FOUND"), (unknown.Status, unknown.ProblemCode));
        using var reviewer = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        Assert.Equal(HttpStatusCode.Forbidden, (await DryRunAsync(reviewer, code, corrected)).Status);
    }

    private static Task<ApiResponse> DryRunAsync(PlatformClient client, string code, string csv) => TestExams.PostResultsAsync(client, code, csv, "?dryRun=true");

    internal static async Task<long> ResultRowsAsync(string exam)
    {
        await using var connection = new Npgsql.NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString("enrollment"));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""SELECT count(*) FROM exam_results WHERE "ExamCode" = @exam""", connection);
        command.Parameters.AddWithValue("exam", exam);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
