using System.Text;
using AccountingPlatform.BrowserTests.Support;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.BrowserTests.Staff;

/// <summary>
/// A large province's results file through the console: over the platform's 2 MB cap, it goes from the browser through
/// the gateway and the portal to the API as it is read, is checked, imported as a job, and listed among the exam's
/// imports; a file over the API's 100 MB is refused beside the file field.
/// </summary>
public sealed class AdminResultsLargeFileTests
{
    private const string Header = "certificateType,certificateNumber,subjectCode,score";

    [Fact]
    public async Task A_file_over_2_MB_is_checked_and_imported_from_the_console_and_its_import_is_listed_and_one_over_100_MB_is_refused_beside_the_field()
    {
        var exam = TestExams.NewCode("BIGUI");
        using (var api = await TestExams.AdminAsync())
            await TestExams.SaveExamAsync(api, exam, 2025);
        const int people = 20_000;   // three subjects each: 60,000 lines, about 2.6 MB
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < people; i++)
        {
            var person = 110105198101010000L + i;
            csv.Append($"ResidentIdCard,{person},ZJ-SW,72\nResidentIdCard,{person},ZJ-CG,61.5\nResidentIdCard,{person},ZJ-JJF,100\n");
        }
        var file = new FilePayload { Name = "guangdong.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) };
        Assert.True(file.Buffer.Length > RequestLimits.MaxRequestBodyBytes);

        var admin = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        var page = admin.Page;
        await admin.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await admin.GoToAsync($"/staff/admin/results?exam={exam}");
        await page.GetByLabel("考试").SelectOptionAsync(exam);
        await page.GetByLabel("成绩文件（CSV）").SetInputFilesAsync(file);
        await admin.SubmitAsync("检查");
        await page.GetByRole(AriaRole.Status).GetByText($"{3 * people} 行全部可导入").WaitForAsync();
        Assert.Contains("请重新选择同一文件", await admin.FieldErrorAsync("file"));   // too large to keep in the form: chosen again

        await page.GetByLabel("成绩文件（CSV）").SetInputFilesAsync(file);
        await admin.SubmitAsync("确认导入");
        await page.GetByRole(AriaRole.Status).GetByText($"共导入 {3 * people} 条合格成绩").WaitForAsync(new() { Timeout = 120_000 });
        await admin.GoToAsync($"/staff/admin/results?exam={exam}");   // the page closed and opened again: the import is listed
        var row = page.Locator("section[aria-labelledby='imports-title'] tbody tr").First;
        Assert.Contains("导入完成", await row.InnerTextAsync());
        Assert.Contains($"{3 * people}", await row.InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-results-imports-pc");
        await row.GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText($"共导入 {3 * people} 条合格成绩").WaitForAsync();

        // One byte over the API's cap: the portal takes the form, the API refuses the file before it is sent on (413).
        var huge = Path.Combine(Path.GetTempPath(), $"results-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var stream = System.IO.File.Create(huge))
            {
                var line = Encoding.UTF8.GetBytes("ResidentIdCard,110105198101010000,ZJ-SW,72\n");
                stream.Write(Encoding.UTF8.GetBytes(Header + "\n"));
                while (stream.Length + line.Length <= RequestLimits.MaxResultsFileBytes) stream.Write(line);
                stream.Write(Enumerable.Repeat((byte)'\n', (int)(RequestLimits.MaxResultsFileBytes + 1 - stream.Length)).ToArray());
            }
            Assert.Equal(RequestLimits.MaxResultsFileBytes + 1, new FileInfo(huge).Length);
            await page.GetByLabel("成绩文件（CSV）").SetInputFilesAsync(huge);
            await admin.SubmitAsync("检查");
            Assert.Contains("超过100MB", await admin.FieldErrorAsync("file"));
            Assert.Equal("true", await page.GetByLabel("成绩文件（CSV）").GetAttributeAsync("aria-invalid"));
            await Screenshots.SaveAsync(page, "staff-admin-results-too-large-pc");
        }
        finally
        {
            System.IO.File.Delete(huge);
        }
    }
}
