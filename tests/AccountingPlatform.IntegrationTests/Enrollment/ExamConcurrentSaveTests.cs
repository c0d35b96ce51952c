using System.Net;
using AccountingPlatform.IntegrationTests.Support;
using Npgsql;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>
/// Two administrators saving the same exam at once, both from the same stamp: the first save wins, the second changes
/// nothing and is told so (409), rather than both succeeding and the second silently overwriting the first with the
/// same next stamp (which an instance holding the exam's terms could not tell apart).
/// </summary>
public sealed class ExamConcurrentSaveTests
{
    [Fact]
    public async Task Of_two_saves_of_an_exam_from_the_same_stamp_one_succeeds_and_the_other_gets_409_concurrent_change()
    {
        using var first = await TestExams.AdminAsync();
        using var second = await TestExams.AdminAsync();
        var code = TestExams.NewCode("CON");
        await TestExams.SaveExamAsync(first, code, 2025);

        // The exam's row held by the test: both saves read the same stamp, then wait at their UPDATE until it is released.
        await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString("enrollment"));
        await connection.OpenAsync();
        var hold = await connection.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("""SELECT 1 FROM exams WHERE "Code" = @code FOR UPDATE""", connection, hold))
        {
            lockRow.Parameters.AddWithValue("code", code);
            await lockRow.ExecuteNonQueryAsync();
        }
        var saves = new[] { SaveAsync(first, code, "甲"), SaveAsync(second, code, "乙") };
        await Eventually.GetAsync(() => WaitingUpdatesAsync(), waiting => waiting == 2 || saves.Any(s => s.IsCompleted),
            "both saves wait at the exam's row");
        Assert.DoesNotContain(saves, s => s.IsCompleted);
        await hold.RollbackAsync();

        var answers = await Task.WhenAll(saves);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.Status).Order());
        var lost = answers.Single(a => a.Status == HttpStatusCode.Conflict);
        Assert.Equal("ENROLLMENT_CONCURRENT_CHANGE", lost.ProblemCode);
        var won = answers.Single(a => a.Status == HttpStatusCode.OK).Json.GetProperty("name").GetString();
        Assert.Equal(won, (await first.GetAsync($"/api/enrollment/admin/exams/{code}")).Json.GetProperty("name").GetString());
    }

    private static Task<ApiResponse> SaveAsync(PlatformClient admin, string code, string by) =>
        admin.PutAsync($"/api/enrollment/admin/exams/{code}", new
        {
            year = 2025, level = "Intermediate", name = $"2025年度全国中级会计资格考试（{code}，{by}）", subjects = TestExams.IntermediateSubjects,
        });

    /// <summary>Enrollment's statements waiting for a lock while updating an exam (only the row this test holds is held).</summary>
    private static async Task<long> WaitingUpdatesAsync()
    {
        await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString("enrollment"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%UPDATE%exams%SET%' AND pid <> pg_backend_pid()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
