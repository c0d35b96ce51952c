using AccountingPlatform.Enrollment.Results;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>A results import's job: queued only when every line is good, its errors kept when not, and what its status says.</summary>
public sealed class ResultsImportJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly HashSet<string> Subjects = ["ZJ-SW"];

    private static ResultsFileReader File(params string[] lines)
    {
        var file = new ResultsFileReader(Subjects, ResultsImportJob.MaxListedErrors);
        foreach (var line in lines) file.Read(line);
        file.Finish();
        return file;
    }

    private static ResultsImportJob Job() => ResultsImportJob.Start("ZJ2025", Guid.CreateVersion7(), "王管理", Now);

    [Fact]
    public void A_job_is_checking_while_its_file_is_read()
    {
        var job = Job();
        Assert.Equal((ResultsImportState.Checking, 0, (DateTimeOffset?)null), (job.State, job.LinesRead, job.FinishedAt));
    }

    [Fact]
    public void A_file_whose_every_line_is_good_is_queued_for_the_merge()
    {
        var job = Job();
        job.Checked(File(ResultsCsv.Header, "Passport,E12345678,ZJ-SW,70", "Passport,E12345679,ZJ-SW,80"), Now.AddSeconds(3));
        Assert.Equal((ResultsImportState.Queued, 2, 2, 0, (DateTimeOffset?)Now.AddSeconds(3), (DateTimeOffset?)null),
            (job.State, job.LinesRead, job.Valid, job.ErrorCount, job.CheckedAt, job.FinishedAt));
        Assert.Empty(ResultsImportStatus.Of(job).Errors);
    }

    [Fact]
    public void A_file_with_a_bad_line_fails_at_once_and_its_status_lists_the_errors()
    {
        var job = Job();
        job.Checked(File(ResultsCsv.Header, "Passport,E12345678,ZJ-SW,70", "Passport,E12345679,ZJ-XX,80"), Now.AddSeconds(3));
        Assert.Equal((ResultsImportState.Failed, 1, 1, (DateTimeOffset?)Now.AddSeconds(3)), (job.State, job.BadLines, job.ErrorCount, job.FinishedAt));
        var status = ResultsImportStatus.Of(job);
        Assert.Equal(new ResultLineError(3, "subjectCode", "科目代码ZJ-XX不是本次考试的科目"), Assert.Single(status.Errors));
    }

    [Fact]
    public void A_merged_job_is_done_with_what_it_imported_and_added()
    {
        var job = Job();
        job.Merged(imported: 3, added: 1, Now.AddSeconds(9));
        Assert.Equal((ResultsImportState.Done, 3, 1, (DateTimeOffset?)Now.AddSeconds(9)), (job.State, job.Imported, job.Added, job.FinishedAt));
    }

    [Fact]
    public void An_upload_that_broke_off_fails_with_its_reason()
    {
        var job = Job();
        job.Fail("上传中断，未导入任何记录", Now.AddMinutes(1));
        Assert.Equal((ResultsImportState.Failed, "上传中断，未导入任何记录"), (job.State, job.Failure));
    }

    [Fact]
    public void The_status_resource_lives_under_the_exams_results()
    {
        var id = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
        Assert.Equal("/api/enrollment/admin/exams/ZJ%202025/results/imports/0193a1b2-0000-7000-8000-000000000001", ResultsImportStatus.Location("ZJ 2025", id));
    }
}
