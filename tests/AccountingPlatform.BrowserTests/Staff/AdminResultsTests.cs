using System.Net;
using System.Text;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Staff;

/// <summary>
/// 成绩导入 in the console: a file with bad lines is checked line by line and nothing is written; the corrected file,
/// checked and then imported (a job whose progress the page shows until it is done), gives the candidate last year's
/// pass, carried into this year's exam.
/// </summary>
public sealed class AdminResultsTests : IDisposable
{
    private const string Guangdong = "440000";
    private const string Header = "certificateType,certificateNumber,subjectCode,score";
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_file_with_bad_lines_shows_each_lines_error_and_imports_nothing_then_the_corrected_file_imports()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "冯成绩");
        var development = await Enrollments.DevelopmentExamAsync(candidate.Client);
        var exam = development.GetProperty("code").GetString()!;
        var lastYear = TestExams.NewCode("IMP");
        using (var api = await TestExams.AdminAsync())
            await TestExams.SaveExamAsync(api, lastYear, development.GetProperty("year").GetInt32() - 1);
        var other = TestIdentities.ResidentIdNumber();
        // Enrollment knows the candidate (and their certificate) first, so "nothing carried" below means nothing was written.
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/{Guangdong}"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("prefilledContact").GetProperty("mobilePhone").GetString() == candidate.Phone,
            "Enrollment learns of the registration");

        var admin = await PortalVisitor.OpenAsync(Browser.Phone, "/staff/login");
        var page = admin.Page;
        await admin.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await admin.GoToAsync("/staff/admin/results");
        await Expect.HeadingAsync(page, "成绩导入");
        Assert.Contains(Header, await page.Locator("main").InnerTextAsync());   // the columns are said
        await page.GetByLabel("考试").SelectOptionAsync(lastYear);
        await page.GetByLabel("成绩文件（CSV）").SetInputFilesAsync(Csv("bad.csv",
            $"ResidentIdCard,{candidate.IdNumber},ZJ-SW,72",
            $"ResidentIdCard,{other},ZJ-XX,80",
            $"ResidentIdCard,{other},ZJ-CG,59"));
        await admin.SubmitAsync("检查");
        var rows = await page.Locator("section[aria-labelledby='errors-title'] tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("3", rows[0].Trim());
        Assert.Contains("不是本次考试的科目", rows[0]);
        Assert.StartsWith("4", rows[1].Trim());
        Assert.Contains("未达到合格标准", rows[1]);
        Assert.Contains("未导入任何记录", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-results-phone");
        Assert.Empty(await CarriedAsync(candidate, exam));   // the good line of the bad file was not written

        await page.GetByLabel("成绩文件（CSV）").SetInputFilesAsync(Csv("fixed.csv",
            $"ResidentIdCard,{candidate.IdNumber},ZJ-SW,72",
            $"ResidentIdCard,{other},ZJ-CG,61"));
        await admin.SubmitAsync("检查");
        await page.GetByRole(AriaRole.Status).GetByText("2 行全部可导入").WaitForAsync();
        Assert.Empty(await CarriedAsync(candidate, exam));   // checking writes nothing
        await page.SetViewportSizeAsync(Browser.Pc.Width, Browser.Pc.Height);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-results-pc");
        await admin.SubmitAsync("确认导入");   // the checked file, kept in the form: not chosen again
        // Accepted as a job: its progress shows and is brought up to date in place, without reloading the page, until
        // the job is done; 刷新进度 does the same without script.
        Assert.Contains("已读取 2 行", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await page.GetByRole(AriaRole.Status).GetByText("共导入 2 条合格成绩").WaitForAsync();   // in place, the page not reloaded
        Assert.Equal(0, await page.Locator("meta[http-equiv='refresh']").CountAsync());
        await admin.GoToAsync(await page.Locator("#import-progress").GetAttributeAsync("data-refresh-from") ?? "");
        await page.GetByRole(AriaRole.Status).GetByText("共导入 2 条合格成绩").WaitForAsync();   // the progress address, as 刷新进度 opens it
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var carried = await Eventually.GetAsync(() => CarriedAsync(candidate, exam), c => c.Count > 0, "the imported pass is carried");
        Assert.Equal(["ZJ-SW"], carried);
    }

    private static FilePayload Csv(string name, params string[] lines) => new()
    {
        Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. lines]) + "\n"),
    };

    /// <summary>The subjects Enrollment carries for the candidate into this year's exam (passed earlier, still valid).</summary>
    private static async Task<List<string>> CarriedAsync(Candidate candidate, string exam)
    {
        var options = await candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/{Guangdong}");
        Assert.True(options.Status == HttpStatusCode.OK, options.ToString());
        return options.Json.GetProperty("carriedSubjects").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToList();
    }

    public void Dispose() => _emulator.Dispose();
}
