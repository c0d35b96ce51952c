using System.Text.RegularExpressions;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Exam;

/// <summary>考试报名, 网上缴费 and 我的报名 in the browser: what a candidate reads from the exam list to 报名成功 with the enrollment number.</summary>
public sealed partial class EnrollmentAndPaymentTests : IDisposable
{
    private const string Guangdong = "440000";   // not linked to the personnel registry: the form is enough
    private const string Beijing = "110000";     // linked: the approved record stands for the form

    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_new_candidate_enrolls_on_a_phone_pays_the_Alipay_code_and_reads_the_enrollment_number()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "陈新");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        var exam = await Enrollments.DevelopmentExamCodeAsync(candidate.Client);
        await Enrollments.RealNameKnownAsync(candidate, exam, Guangdong);

        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login");
        await visitor.LogInAsync(candidate.Phone, candidate.Password);
        var page = visitor.Page;

        await visitor.GoToAsync("/exam");
        await Expect.HeadingAsync(page, "会计专业技术资格考试报名");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator($"a[href='exam/{exam}']").ClickAsync();
        await page.GetByLabel("报考省份").SelectOptionAsync(Guangdong);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步：阅读必读事项" }).ClickAsync();

        // 必读事项 and 网上报名承诺: both ticks are needed, and each missing one is said beside its box.
        await page.GetByRole(AriaRole.Heading, new() { Name = "报考人员必读事项" }).WaitForAsync();
        await visitor.ClickAsync("下一步：填写报名信息");
        Assert.Contains("完全同意", await visitor.FieldErrorAsync("acceptedCommitment"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("完全同意（网上报名承诺）").CheckAsync();
        await page.GetByLabel("我已阅知上述条款", new() { Exact = false }).CheckAsync();
        await visitor.ClickAsync("下一步：填写报名信息");

        // The kind of candidate as Enrollment decides it, the form, the subjects and their fees.
        await page.GetByText("考生类型").WaitForAsync();
        Assert.Contains("新考生", await page.Locator("main").InnerTextAsync());
        Assert.Contains("56.00 元", await page.GetByRole(AriaRole.Group, new() { Name = "报考科目", Exact = true }).InnerTextAsync());
        await page.GetByLabel("最高学历（学位）").SelectOptionAsync("JuniorCollege");
        await page.GetByLabel("毕业学校").FillAsync("广东财经大学");
        await page.GetByLabel("所学专业").FillAsync("会计学");
        await page.GetByLabel("毕业时间").FillAsync("2016-07-01");
        await page.GetByLabel("从事会计工作年限（年）").FillAsync("1");
        await page.GetByLabel("工作单位").FillAsync("广州某某有限公司");
        await page.GetByLabel("通讯地址").FillAsync("广东省广州市天河区某某路1号");
        await page.GetByLabel("邮政编码").FillAsync("510000");
        await page.GetByLabel("中级会计实务", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("经济法", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("电子邮箱").FillAsync(Enrollments.EmailOf(candidate));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "exam-enroll-phone");

        // 大学专科 with one year of accounting work: Enrollment's eligibility reason, beside the education, nothing typed lost.
        await visitor.ClickAsync("提交报名并去缴费");
        Assert.Contains("专科", await visitor.FieldErrorAsync("highestEducation"));
        Assert.Equal("广东财经大学", await page.GetByLabel("毕业学校").InputValueAsync());
        await page.GetByLabel("最高学历（学位）").SelectOptionAsync("Bachelor");
        await page.GetByLabel("从事会计工作年限（年）").FillAsync("6");
        await page.GetByLabel("中级会计实务", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("经济法", new() { Exact = false }).CheckAsync();
        await visitor.ClickAsync("提交报名并去缴费");

        // 网上缴费 step 1: the contact (phone + captcha + SMS code + e-mail).
        await page.WaitForURLAsync(PayUrl());
        await Expect.HeadingAsync(page, "网上缴费");
        Assert.Contains("112.00 元", await page.Locator("dl.facts").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var contactPhone = TestIdentities.Phone();
        await page.GetByLabel("手机号码").FillAsync(contactPhone);
        await visitor.FillCaptchaAsync();
        var asked = PlatformEnvironment.Now.AddSeconds(-2);
        await visitor.ClickAsync("发送短信验证码");
        await page.GetByRole(AriaRole.Status).GetByText("短信验证码已发送").WaitForAsync();
        await page.GetByLabel("短信验证码").FillAsync(await _emulator.LatestSmsCodeAsync(contactPhone, asked));
        await visitor.ClickAsync("提交，选择支付方式");

        // Step 2: the channel, then the QR code with its expiry and trade number.
        await page.GetByLabel("支付宝").CheckAsync();
        await visitor.ClickAsync("生成缴费二维码");
        var code = page.GetByRole(AriaRole.Img, new() { Name = "支付宝缴费二维码", Exact = false });
        await code.WaitForAsync();
        Assert.StartsWith("data:image/png;base64,", await code.GetAttributeAsync("src"));
        Assert.NotNull(await page.Locator("[data-countdown-to]").GetAttributeAsync("data-countdown-to"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "换一个支付方式" }).IsVisibleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "exam-pay-qr-phone");

        // The candidate pays at Alipay; the page learns it by itself and says 报名成功 with the number.
        var outTradeNo = (await page.Locator("[data-out-trade-no]").InnerTextAsync()).Trim();
        await _emulator.PayAsync(outTradeNo);
        await page.GetByRole(AriaRole.Heading, new() { Name = "报名成功", Level = 1 }).WaitForAsync(new() { Timeout = 60_000 });
        var number = (await page.Locator(".success-number").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9]{6,}$", number);
        Assert.Contains("支付成功即报名成功", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "exam-pay-success-phone");

        // 我的报名: the status in words, the number, the amount, what comes next.
        await page.GetByRole(AriaRole.Link, new() { Name = "查看我的报名" }).ClickAsync();
        await Expect.HeadingAsync(page, "我的报名");
        var card = await page.Locator(".enrollment-card").First.InnerTextAsync();
        Assert.Contains("报名成功", card);
        Assert.Contains(number, card);
        Assert.Contains("112.00 元", card);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "撤销报名（退款）" }).IsVisibleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "my-enrollments-phone");
    }

    [Fact]
    public async Task A_returning_candidate_sees_last_years_pass_carried_free_and_a_linked_province_says_where_to_fix_the_record()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "林旧");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        var developmentExam = await Enrollments.DevelopmentExamAsync(candidate.Client);
        var exam = developmentExam.GetProperty("code").GetString()!;
        using (var admin = await TestExams.AdminAsync())
        {
            var lastYear = TestExams.NewCode("PREV");
            await TestExams.SaveExamAsync(admin, lastYear, developmentExam.GetProperty("year").GetInt32() - 1);
            var imported = await TestExams.ImportResultsAsync(admin, lastYear,
                $"certificateType,certificateNumber,subjectCode,score\nResidentIdCard,{candidate.IdNumber},ZJ-SW,72\n");
            Assert.True(imported.Status == System.Net.HttpStatusCode.OK, imported.ToString());
        }
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/{Guangdong}"),
            r => r.Status == System.Net.HttpStatusCode.OK && r.Json.GetProperty("kind").GetString() == "Returning"
                && r.Json.GetProperty("realNameVerified").GetBoolean(), "Enrollment knows the returning candidate");

        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        await visitor.LogInAsync(candidate.Phone, candidate.Password);
        var page = visitor.Page;

        await ReadNoticeAsync(visitor, exam, Guangdong);
        Assert.Contains("老考生", await page.Locator("main").InnerTextAsync());
        var carried = page.GetByRole(AriaRole.Table, new() { Name = "沿用的合格科目", Exact = false });
        Assert.Contains("中级会计实务", await carried.InnerTextAsync());
        Assert.Contains("不收费", await carried.InnerTextAsync());
        Assert.Equal(0, await page.GetByLabel("中级会计实务", new() { Exact = false }).CountAsync());   // not offered again
        Assert.Equal(1, await page.GetByLabel("财务管理", new() { Exact = false }).CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "exam-enroll-returning-pc");

        // Beijing is linked to the personnel registry: no record approved yet, so the reason and where to fix it.
        await ReadNoticeAsync(visitor, exam, Beijing);
        var refusal = page.GetByRole(AriaRole.Alert);
        Assert.Contains("暂不能在北京", await refusal.InnerTextAsync());
        Assert.Equal("record", await page.GetByRole(AriaRole.Link, new() { Name = "修改会计人员信息并重新提交" }).GetAttributeAsync("href"));
        Assert.Equal("record/review", await page.GetByRole(AriaRole.Link, new() { Name = "查看审核结果" }).GetAttributeAsync("href"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "提交报名并去缴费" }).CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task ReadNoticeAsync(PortalVisitor visitor, string exam, string province)
    {
        await visitor.GoToAsync($"/exam/{exam}?province={province}");
        await visitor.Page.GetByLabel("完全同意（网上报名承诺）").CheckAsync();
        await visitor.Page.GetByLabel("我已阅知上述条款", new() { Exact = false }).CheckAsync();
        await visitor.ClickAsync("下一步：填写报名信息");
        await visitor.Page.GetByText("您已阅读报考人员必读事项", new() { Exact = false }).WaitForAsync();
    }

    [GeneratedRegex("/pay/[0-9a-f-]{36}")]
    private static partial Regex PayUrl();

    public void Dispose() => _emulator.Dispose();
}
