using System.Net;
using System.Text.RegularExpressions;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Exam;

/// <summary>
/// A province linked to the personnel registry (北京): the record submitted for a Beijing department, approved by the
/// Beijing reviewer, and the approval unlocking enrollment there, read by the candidate in the browser.
/// </summary>
public sealed partial class LinkedProvinceTests : IDisposable
{
    private const string Beijing = "110000";
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_record_approved_by_a_Beijing_reviewer_lets_the_candidate_enroll_in_Beijing_without_the_form()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "钱关联");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, "110105");
        using var reviewer = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var item = await PersonnelRecords.ReviewItemIdAsync(reviewer, submitted.Json.GetProperty("id").GetGuid(), submitted.Json.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/review/items/{item}/approve")).Status);
        var exam = await Enrollments.DevelopmentExamCodeAsync(candidate.Client);
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/{Beijing}"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("refusal").ValueKind == System.Text.Json.JsonValueKind.Null,
            "Enrollment learns that the record was approved");

        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login");
        await visitor.LogInAsync(candidate.Phone, candidate.Password);
        var page = visitor.Page;
        await visitor.GoToAsync("/record/review");
        Assert.Contains("审核通过", await page.Locator("main").InnerTextAsync());

        await visitor.GoToAsync($"/exam/{exam}?province={Beijing}");
        await page.GetByLabel("完全同意（网上报名承诺）").CheckAsync();
        await page.GetByLabel("我已阅知上述条款", new() { Exact = false }).CheckAsync();
        await visitor.SubmitAsync("下一步：填写报名信息");
        Assert.Contains("连接会计人员库的省份", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.GetByLabel("毕业学校").CountAsync());   // the approved record stands for the form
        await page.GetByLabel("中级会计实务", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("电子邮箱").FillAsync(Enrollments.EmailOf(candidate));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "exam-enroll-linked-phone");
        await visitor.SubmitAsync("提交报名并去缴费");
        await page.WaitForURLAsync(PayUrl());
        await Expect.HeadingAsync(page, "网上缴费");
    }

    public void Dispose() => _emulator.Dispose();

    [GeneratedRegex("/pay/[0-9a-f-]{36}")]
    private static partial Regex PayUrl();
}
