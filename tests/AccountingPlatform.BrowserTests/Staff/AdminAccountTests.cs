using System.Net;
using System.Text.RegularExpressions;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Staff;

/// <summary>
/// The administrators' staff pages: a reviewer account created in the console works at /staff/login until it is
/// disabled (its session ends, its login is refused); the review audit is searched by candidate; and the administrators'
/// pages refuse a reviewer, as the console refuses a candidate.
/// </summary>
public sealed partial class AdminAccountTests : IDisposable
{
    private const string Tianhe = "440106";   // 广东省广州市天河区
    /// <summary>Middle characters that make a name this run's own, so a search by it finds this test's account or decision.</summary>
    private static readonly string[] Stems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑", "寅", "卯", "辰", "巳"];
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_reviewer_created_in_the_console_logs_in_and_once_disabled_is_signed_out_and_refused()
    {
        var phone = TestIdentities.Phone();
        const string password = "Shenhe@2026a";
        var name = "褚" + UniqueStem();

        var admin = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        var page = admin.Page;
        await admin.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await admin.GoToAsync("/staff/admin/accounts/new");
        await Expect.HeadingAsync(page, "新建工作人员账号");
        await page.GetByLabel("审核人员", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("姓名").FillAsync(name);
        await page.GetByLabel("手机号码").FillAsync(phone);
        await page.GetByLabel("初始密码").FillAsync("short");
        await page.GetByLabel("省（自治区、直辖市）").SelectOptionAsync("440000");
        await admin.SubmitAsync("选择下一级");
        await page.GetByLabel("市（地区、州）（可不选）").SelectOptionAsync("440100");
        await admin.SubmitAsync("选择下一级");
        await page.GetByLabel("区县（可不选）").SelectOptionAsync(Tianhe);
        await admin.SubmitAsync("创建账号");   // a weak password: the API's message beside it, nothing created
        Assert.Contains("密码", await admin.FieldErrorAsync("password"));
        Assert.Equal(Tianhe, await page.GetByLabel("区县（可不选）").InputValueAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-account-new-pc");
        await page.GetByLabel("初始密码").FillAsync(password);
        await admin.SubmitAsync("创建账号");
        await page.GetByRole(AriaRole.Status).GetByText($"已创建账号：{name}").WaitForAsync();
        var row = page.Locator("table.data-table tbody tr", new() { HasText = name });
        Assert.Contains("天河区", await row.InnerTextAsync());
        Assert.Contains("正常", await row.InnerTextAsync());

        var reviewer = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        await reviewer.StaffLogInAsync(phone, password);
        await Expect.HeadingAsync(reviewer.Page, "审核队列");

        await row.GetByRole(AriaRole.Link, new() { Name = $"停用{name}的账号" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "确认停用账号" }).WaitForAsync();
        Assert.Contains("立即退出登录", await page.Locator("section.confirm").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await admin.SubmitAsync("确认停用");
        await page.GetByRole(AriaRole.Status).GetByText($"已停用 {name} 的账号").WaitForAsync();
        await page.GetByLabel("包括已停用的账号").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await page.WaitForURLAsync(IncludingDisabled());
        Assert.Contains("已停用", await page.Locator("table.data-table tbody tr", new() { HasText = name }).InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-accounts-pc");

        // The platform refuses the session's token on the reviewer's next page, which signs them out of the console;
        // their console then asks them to log in, and logging in again is refused.
        await reviewer.Page.ReloadAsync();
        await reviewer.GoToAsync("/staff/review");
        await reviewer.Page.WaitForURLAsync(StaffLogin());
        Assert.Equal(0, await reviewer.Page.GetByText("退出登录").CountAsync());
        await reviewer.FillLoginAsync(phone, password);
        await reviewer.SubmitAsync("登录");
        Assert.Contains("该账号已停用", await reviewer.Page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Equal(0, await reviewer.Page.GetByText("退出登录").CountAsync());
    }

    [Fact]
    public async Task An_administrator_finds_a_reviewers_decision_by_the_candidates_name()
    {
        var name = "卫" + UniqueStem();
        using var candidate = await Candidate.RegisterAsync(_emulator, name);
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, Tianhe);
        using var guangdong = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        var item = await PersonnelRecords.ReviewItemIdAsync(guangdong, submitted.Json.GetProperty("id").GetGuid(), 1);
        Assert.Equal(HttpStatusCode.OK, (await guangdong.PostAsync($"/api/review/items/{item}/approve")).Status);

        var admin = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        var page = admin.Page;
        await admin.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await admin.GoToAsync("/staff/admin/decisions");
        await Expect.HeadingAsync(page, "审核记录");
        await page.GetByLabel("考生姓名").FillAsync(name);
        await page.GetByLabel("审核结果").SelectOptionAsync("Approved");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await page.WaitForURLAsync(CandidateFilter());
        var rows = await page.Locator("table.data-table tbody tr").AllInnerTextsAsync();
        var decision = Assert.Single(rows);
        Assert.Contains("广东审核员", decision);
        Assert.Contains("审核通过", decision);
        Assert.Contains("会计人员信息采集", decision);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-decisions-pc");
    }

    [Fact]
    public async Task A_reviewer_is_refused_the_administrators_pages_and_a_candidate_the_console()
    {
        var reviewer = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        await reviewer.StaffLogInAsync(Reviewers.GuangdongPhone, Reviewers.Password);
        foreach (var path in new[] { "/staff/admin/exams", "/staff/admin/accounts", "/staff/admin/results" })
        {
            var refused = await reviewer.Page.GotoAsync(path);
            Assert.Equal(403, refused?.Status);
            await Expect.HeadingAsync(reviewer.Page, "无权访问");
            Assert.Contains("您的账号无权访问此页面", await reviewer.Page.GetByRole(AriaRole.Alert).InnerTextAsync());
        }
        Assert.Equal(0, await reviewer.Page.GetByRole(AriaRole.Navigation, new() { Name = "管理导航" }).CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(reviewer.Page);

        using var candidate = await Candidate.RegisterAsync(_emulator, "蒋考生");
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login");
        await visitor.LogInAsync(candidate.Phone, candidate.Password);
        var response = await visitor.Page.GotoAsync("/staff/admin/exams");
        Assert.Equal(403, response?.Status);
        await Expect.HeadingAsync(visitor.Page, "无权访问");
        response = await visitor.Page.GotoAsync("/staff");
        Assert.Equal(403, response?.Status);
    }

    private static string UniqueStem() => Stems[Random.Shared.Next(Stems.Length)] + Stems[Random.Shared.Next(Stems.Length)];

    public void Dispose() => _emulator.Dispose();

    [GeneratedRegex("/staff/login\\?")]
    private static partial Regex StaffLogin();

    [GeneratedRegex("all=true")]
    private static partial Regex IncludingDisabled();

    [GeneratedRegex("candidate=")]
    private static partial Regex CandidateFilter();
}
