using System.Globalization;
using System.Net;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Staff;

/// <summary>
/// The administrators' exam pages: a new exam opened in two provinces and published from the console reaches the
/// candidates; a changed must-read notice makes a candidate who read the older version read it again.
/// </summary>
public sealed class AdminExamTests : IDisposable
{
    private const string Beijing = "110000";
    private const string Guangdong = "440000";
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task An_administrator_opens_a_new_exam_in_two_provinces_and_publishes_it_and_candidates_then_see_it()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "吴新考");
        var code = TestExams.NewCode("UI");
        var year = PlatformEnvironment.Now.Year + 1;
        var name = $"{year}年度全国中级会计资格考试（{code}）";

        var admin = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        var page = admin.Page;
        await admin.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await Expect.HeadingAsync(page, "考试管理");   // where /staff sends an administrator
        await page.GetByLabel("考试代码").FillAsync(code);
        await page.GetByLabel("考试年度").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("考试名称").FillAsync(name);
        Assert.Contains("ZJ-SW 中级会计实务", await page.GetByLabel("考试科目").InputValueAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-exams-pc");
        await admin.SubmitAsync("新建考试（草稿）");
        await Expect.HeadingAsync(page, name);
        Assert.Contains("草稿", await page.Locator("section[aria-labelledby='publish-title']").InnerTextAsync());

        await SetTermsAsync(admin, code, Beijing, "北京市", notice: "报考人员必读事项\n一、报名条件……");
        await SetTermsAsync(admin, code, Guangdong, "广东省", notice: null);   // a new province starts from another's texts
        var provinces = await page.Locator("section[aria-labelledby='provinces-title'] tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, provinces.Count);
        Assert.Contains(provinces, p => p.Contains("北京市") && p.Contains("56.00 元"));
        Assert.Contains(provinces, p => p.Contains("广东省") && p.Contains("56.00 元"));
        Assert.DoesNotContain(code, (await candidate.Client.GetAsync("/api/enrollment/exams")).Text);   // a draft: not for candidates yet

        await admin.SubmitAsync("发布");
        await page.GetByRole(AriaRole.Status).GetByText("考试已发布").WaitForAsync();
        Assert.Contains("已发布", await page.Locator("section[aria-labelledby='publish-title']").InnerTextAsync());
        var audit = await page.Locator("section[aria-labelledby='changes-title']").InnerTextAsync();
        Assert.Contains("新建考试", audit);
        Assert.Contains("新增省份报名安排（广东省）", audit);
        Assert.Contains("每科收费：56.00 元", audit);
        Assert.Contains("发布考试", audit);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-exam-pc");

        var offered = await candidate.Client.GetAsync("/api/enrollment/exams");
        Assert.Equal(HttpStatusCode.OK, offered.Status);
        var exam = offered.Json.EnumerateArray().Single(e => e.GetProperty("code").GetString() == code);
        Assert.Equal([Beijing, Guangdong], exam.GetProperty("provinces").EnumerateArray().Select(p => p.GetProperty("provinceCode").GetString()!).ToArray());

        await admin.GoToAsync($"/staff/admin/figures?exam={code}");
        var figures = await page.Locator("#figures").InnerTextAsync();
        Assert.Contains("北京市", figures);
        Assert.Contains("广东省", figures);
        Assert.Contains("合计", figures);
        Assert.Contains("统计时间", figures);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-figures-pc");
    }

    [Fact]
    public async Task A_notice_changed_in_the_console_makes_the_candidate_who_read_version_1_read_it_again()
    {
        var code = TestExams.NewCode("NT");
        using (var api = await TestExams.AdminAsync())
        {
            await TestExams.SaveExamAsync(api, code, PlatformEnvironment.Now.Year + 1);
            var now = PlatformEnvironment.Now;
            await TestExams.SaveProvinceAsync(api, code, Guangdong, TestExams.Terms(now.AddDays(-1), now.AddDays(20), now.AddDays(21), notice: "报考人员必读事项\n第一版内容"));
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/enrollment/admin/exams/{code}/publish")).Status);
        }
        using var candidate = await Candidate.RegisterAsync(_emulator, "郑重读");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        await Enrollments.RealNameKnownAsync(candidate, code, Guangdong);

        var portal = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        var page = portal.Page;
        await portal.LogInAsync(candidate.Phone, candidate.Password);
        await portal.GoToAsync($"/exam/{code}?province={Guangdong}");
        Assert.Contains("版本 1", await page.Locator("section.notice").First.InnerTextAsync());
        await page.GetByLabel("完全同意（网上报名承诺）").CheckAsync();
        await page.GetByLabel("我已阅知上述条款", new() { Exact = false }).CheckAsync();
        await portal.SubmitAsync("下一步：填写报名信息");
        await page.GetByText("考生类型").WaitForAsync();

        // Meanwhile an administrator, on a phone, changes the notice.
        var admin = await PortalVisitor.OpenAsync(Browser.Phone, "/staff/login");
        var console = admin.Page;
        await admin.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await Expect.HeadingAsync(console, "考试管理");
        await Accessibility.AssertNoSeriousViolationsAsync(console);
        await Screenshots.SaveAsync(console, "staff-admin-exams-phone");
        await console.Locator($"a[href='staff/admin/exams/{code}']").ClickAsync();
        await console.GetByRole(AriaRole.Link, new() { Name = "修改广东省的报名安排" }).ClickAsync();
        await Expect.HeadingAsync(console, "广东省报名安排");
        Assert.Contains("当前为第 1 版", await console.Locator("#noticeText-hint").InnerTextAsync());
        Assert.Equal("56.00", await console.GetByLabel("每科收费（元）").InputValueAsync());
        await console.GetByLabel("报考人员必读事项").FillAsync("报考人员必读事项\n第二版内容：考试时间调整");
        await Accessibility.AssertNoSeriousViolationsAsync(console);
        await Screenshots.SaveAsync(console, "staff-admin-province-phone");
        await admin.SubmitAsync("保存广东省报名安排");
        await console.GetByRole(AriaRole.Status).GetByText("必读事项当前为第 2 版").WaitForAsync();

        // The candidate, who read version 1, is sent back to read version 2 when they submit.
        await page.GetByLabel("最高学历（学位）").SelectOptionAsync("Bachelor");
        await page.GetByLabel("毕业学校").FillAsync("广东财经大学");
        await page.GetByLabel("所学专业").FillAsync("会计学");
        await page.GetByLabel("毕业时间").FillAsync("2016-07-01");
        await page.GetByLabel("从事会计工作年限（年）").FillAsync("6");
        await page.GetByLabel("工作单位").FillAsync("广州某某有限公司");
        await page.GetByLabel("通讯地址").FillAsync("广东省广州市天河区某某路1号");
        await page.GetByLabel("邮政编码").FillAsync("510000");
        await page.GetByLabel("中级会计实务", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("电子邮箱").FillAsync(Enrollments.EmailOf(candidate));
        await portal.SubmitAsync("提交报名并去缴费");
        Assert.Contains("必读事项已更新", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        var notice = await page.Locator("section.notice").First.InnerTextAsync();
        Assert.Contains("版本 2", notice);
        Assert.Contains("第二版内容", notice);
        Assert.False(await page.GetByLabel("完全同意（网上报名承诺）").IsCheckedAsync());
    }

    /// <summary>新增省份 on the exam's page, the province's terms typed in Beijing time, saved, back to the exam.</summary>
    private static async Task SetTermsAsync(PortalVisitor admin, string code, string province, string provinceName, string? notice)
    {
        var page = admin.Page;
        await page.GetByLabel("新增省份").SelectOptionAsync(province);
        await page.GetByRole(AriaRole.Button, new() { Name = "设置该省报名安排" }).ClickAsync();
        await Expect.HeadingAsync(page, $"{provinceName}报名安排");
        var now = PlatformEnvironment.Now;
        await page.GetByLabel("报名开始时间").FillAsync(Local(now.AddDays(-1)));
        await page.GetByLabel("报名截止时间").FillAsync(Local(now.AddDays(30)));
        await page.GetByLabel("缴费截止时间").FillAsync(Local(now.AddDays(31)));
        await page.GetByLabel("每科收费（元）").FillAsync("56");
        await page.GetByLabel("不连接（考生直接填写报名信息）").CheckAsync();
        if (notice is not null)
        {
            // A window that closes before it opens: the API's message beside the field, nothing saved, what was typed kept.
            await page.GetByLabel("报名截止时间").FillAsync(Local(now.AddDays(-2)));
            await page.GetByLabel("报考人员必读事项").FillAsync(notice);
            await page.GetByLabel("网上报名承诺").FillAsync("网上报名承诺\n本人承诺所填信息真实、准确。");
            await admin.SubmitAsync($"保存{provinceName}报名安排");
            Assert.Contains("截止时间须晚于开始时间", await admin.FieldErrorAsync("windowClosesAt"));
            Assert.Equal(notice, (await page.GetByLabel("报考人员必读事项").InputValueAsync()).Replace("\r\n", "\n"));
            await page.GetByLabel("报名截止时间").FillAsync(Local(now.AddDays(30)));
        }
        else
        {
            Assert.NotEqual("", await page.GetByLabel("报考人员必读事项").InputValueAsync());
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "staff-admin-province-pc");
        }
        await admin.SubmitAsync($"保存{provinceName}报名安排");
        await page.GetByRole(AriaRole.Status).GetByText("报名安排已保存").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "返回考试" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "各省报名安排" }).WaitForAsync();
    }

    private static string Local(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public void Dispose() => _emulator.Dispose();
}
