using System.Net;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Record;

/// <summary>
/// 会计人员信息采集 and 审核告知 in the browser, through the gateway: a verified candidate goes through the wizard on a
/// phone to 提交; an image refused by its content, a missing tick and an overlapping job are said beside their fields;
/// a rejected record shows the reviewer's comment; a candidate without a verified real name is sent to 实名认证.
/// </summary>
public sealed class RecordWizardTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_verified_candidate_fills_every_step_on_a_phone_submits_and_sees_that_the_record_waits_for_review()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "陈会计");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        await Eventually.GetAsync(() => candidate.Client.PutAsync("/api/personnel/me/record", new { }),
            r => r.ProblemCode != "PERSONNEL_REALNAME_REQUIRED", "PersonnelRecord learns of the verification");
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login?returnUrl=%2Frecord");
        var page = visitor.Page;
        await Explained(visitor.Page, () => visitor.LogInAsync(candidate.Phone, candidate.Password));
        await Explained(page, async () =>
        {

            await Expect.HeadingAsync(page, "会计人员信息采集");
            Assert.Contains("未提交（草稿）", await page.Locator(".record-state").InnerTextAsync());
            await Checked(page, "record-home-phone");

            // 1. 采集范围
            await page.GetByRole(AriaRole.Link, new() { Name = "1. 采集范围" }).ClickAsync();
            await Expect.HeadingAsync(page, "采集范围");
            await page.GetByLabel("采集范围").SelectOptionAsync("AccountingPersonnel");
            await Checked(page, "record-scope-phone");
            await visitor.ClickAsync("保存并下一步");

            // 2. 基本信息: the rules before upload; an image refused by its content; the three images accepted and shown back.
            await Expect.HeadingAsync(page, "基本信息");
            Assert.Contains("像素不低于295×413", await page.Locator("#StandardPhoto-rules").InnerTextAsync());
            Assert.Contains("陈会计", await page.Locator("dl.facts").InnerTextAsync());
            await page.Locator("#StandardPhoto-file").SetInputFilesAsync(File("photo.jpg", "image/jpeg", new byte[30_000]));
            await visitor.ClickAsync("上传标准证件照");
            Assert.Contains("标准证件照须为JPG格式", await visitor.FieldErrorAsync("StandardPhoto"));
            await Checked(page, "record-upload-refused-phone");
            await UploadAsync(visitor, "StandardPhoto", "标准证件照", File("photo.jpg", "image/jpeg", await RealPhotos.StandardPhotoAsync(page)));
            await UploadAsync(visitor, "CertificateFront", "证件正面（人像面）", File("front.png", "image/png", PersonnelRecords.Attachment()));
            await UploadAsync(visitor, "CertificateBack", "证件反面（国徽面）", File("back.png", "image/png", PersonnelRecords.Attachment()));
            await Checked(page, "record-basic-phone");
            await page.GetByRole(AriaRole.Link, new() { Name = "保存并下一步：教育经历" }).ClickAsync();

            // 3. 教育经历: a graduation before the start is refused beside its field, then the entry is saved into the table.
            await Expect.HeadingAsync(page, "教育经历");
            await page.GetByRole(AriaRole.Link, new() { Name = "新增教育经历" }).ClickAsync();
            await Expect.HeadingAsync(page, "新增教育经历");
            await page.GetByLabel("培养方式").SelectOptionAsync("FullTime");
            await page.GetByLabel("学校名称").FillAsync("中央财经大学");
            await page.Locator("#level").SelectOptionAsync("Bachelor");
            await page.Locator("#degree").SelectOptionAsync("Bachelor");
            await page.GetByLabel("所学专业").FillAsync("会计学");
            await page.GetByLabel("入学时间").FillAsync("2010-09-01");
            await page.GetByLabel("毕业时间").FillAsync("2009-07-01");
            await visitor.ClickAsync("保存");
            Assert.Contains("毕业日期须晚于入学日期", await visitor.FieldErrorAsync("graduationDate"));
            Assert.Equal("中央财经大学", await page.GetByLabel("学校名称").InputValueAsync());
            await Checked(page, "record-education-errors-phone");
            await page.GetByLabel("毕业时间").FillAsync("2014-07-01");
            await visitor.ClickAsync("保存");
            await page.GetByRole(AriaRole.Status).GetByText("教育经历已保存").WaitForAsync();
            var educations = page.GetByRole(AriaRole.Table);
            Assert.Contains("中央财经大学", await educations.InnerTextAsync());
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "删除中央财经大学的教育经历" }).IsVisibleAsync());
            await Checked(page, "record-educations-phone");
            await page.GetByRole(AriaRole.Link, new() { Name = "下一步：工作经历" }).ClickAsync();

            // 4. 工作经历 with a period of accounting work and its proof; the same job entered twice is refused as overlapping.
            await Expect.HeadingAsync(page, "工作经历");
            await AddWorkAsync(visitor, "2014-08-01", withAccountingWork: true);
            await page.GetByRole(AriaRole.Status).GetByText("工作经历已保存").WaitForAsync();
            Assert.Contains("有（1 段）", await page.GetByRole(AriaRole.Table).InnerTextAsync());
            await Checked(page, "record-work-experiences-phone");
            await AddWorkAsync(visitor, "2016-01-01", withAccountingWork: false);
            Assert.Contains("时间重叠", await visitor.FieldErrorAsync("startDate"));
            Assert.Contains("时间重叠", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
            await Checked(page, "record-work-overlap-phone");
            await page.GetByRole(AriaRole.Link, new() { Name = "取消，返回工作经历列表" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "下一步：会计管理部门" }).ClickAsync();

            // 5. 会计管理部门, level by level without script.
            await Expect.HeadingAsync(page, "选择会计管理部门");
            await page.GetByLabel("省（自治区、直辖市）").SelectOptionAsync("110000");
            await visitor.ClickAsync("选择下一级");
            await page.GetByLabel("市（地区、州）").SelectOptionAsync("110100");
            await visitor.ClickAsync("选择下一级");
            await page.GetByLabel("区县（旗）").SelectOptionAsync("110105");
            await Checked(page, "record-department-phone");
            await visitor.ClickAsync("保存并下一步");

            // 6. 承诺与提交: without the tick the API's message sits beside it; with it, the record goes to review.
            await Expect.HeadingAsync(page, "承诺与提交");
            Assert.Contains("北京市 / 朝阳区", await page.Locator("dl.facts").InnerTextAsync());
            await visitor.ClickAsync("提交审核");
            Assert.Contains("承诺所提供信息真实有效", await visitor.FieldErrorAsync("commitment"));
            await Checked(page, "record-submit-phone");
            await page.GetByLabel("承诺所提供信息真实有效").CheckAsync();
            await visitor.ClickAsync("提交审核");

            await Expect.HeadingAsync(page, "审核告知");
            Assert.Contains("提交成功", await page.GetByRole(AriaRole.Status).First.InnerTextAsync());
            var status = await page.Locator("main").InnerTextAsync();
            Assert.Contains("已提交，等待审核", status);
            Assert.Contains("北京市 / 朝阳区", status);
            await Checked(page, "record-review-waiting-phone");

            await visitor.GoToAsync("/record/basic");   // the steps say it cannot change now
            Assert.Contains("审核完成前不能修改", await page.Locator("main").InnerTextAsync());
        });
    }

    [Fact]
    public async Task A_rejected_record_shows_the_reviewers_comment_and_the_way_back_to_the_steps()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "刘出纳");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, "110105");
        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var item = await PersonnelRecords.ReviewItemIdAsync(beijing, submitted.Json.GetProperty("id").GetGuid(), submitted.Json.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await beijing.PostAsync($"/api/review/items/{item}/reject", new { comment = "学历证书编号与学信网不符，请核对" })).Status);
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("status").GetString() == "Rejected", "the rejection reaches the record");

        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        await Explained(visitor.Page, () => visitor.LogInAsync(candidate.Phone, candidate.Password));
        var page = visitor.Page;
        await Explained(page, async () =>
        {
            await visitor.GoToAsync("/record/review");
            await Expect.HeadingAsync(page, "审核告知");
            var notice = await page.Locator("main").InnerTextAsync();
            Assert.Contains("审核不通过", notice);
            Assert.Contains("学历证书编号与学信网不符，请核对", notice);
            Assert.Contains("北京市 / 朝阳区", notice);
            await Checked(page, "record-review-rejected-pc");

            await page.GetByRole(AriaRole.Link, new() { Name = "修改后重新提交" }).ClickAsync();
            await Expect.HeadingAsync(page, "会计人员信息采集");
            await page.GetByRole(AriaRole.Link, new() { Name = "3. 教育经历" }).ClickAsync();
            await Expect.HeadingAsync(page, "教育经历");
            Assert.Contains("按审核意见修改后重新提交", await page.Locator("main").InnerTextAsync());
            var view = page.GetByRole(AriaRole.Link, new() { Name = "查看中央财经大学的教育经历" });
            await view.ClickAsync();
            await Expect.HeadingAsync(page, "查看教育经历");
            await Checked(page, "record-education-view-pc");
            await page.GetByRole(AriaRole.Link, new() { Name = "删除这条教育经历" }).ClickAsync();
            await Expect.HeadingAsync(page, "删除教育经历");
            Assert.Contains("确定要删除", await page.Locator("main").InnerTextAsync());
            await Checked(page, "record-education-delete-pc");
            await visitor.ClickAsync("确认删除");
            await page.GetByRole(AriaRole.Status).GetByText("教育经历已删除").WaitForAsync();
            Assert.Contains("共 0 条", await page.GetByRole(AriaRole.Table).InnerTextAsync());
        });
    }

    [Fact]
    public async Task A_candidate_without_a_verified_real_name_is_told_so_and_sent_to_realname()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "孙新人");
        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        await Explained(visitor.Page, () => visitor.LogInAsync(candidate.Phone, candidate.Password));
        await visitor.GoToAsync("/record/scope");
        var page = visitor.Page;
        await page.GetByLabel("采集范围").SelectOptionAsync("AccountingPersonnel");
        await visitor.ClickAsync("保存并下一步");
        var alert = page.GetByRole(AriaRole.Alert);
        await alert.GetByText("请先完成实名认证").WaitForAsync();
        Assert.Equal("realname", await alert.GetByRole(AriaRole.Link, new() { Name = "去实名认证" }).GetAttributeAsync("href"));
        await Checked(page, "record-realname-required-pc");
    }

    /// <summary>A step that timed out says what the page showed instead.</summary>
    private static async Task Explained(IPage page, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            var shown = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
            throw new Xunit.Sdk.XunitException($"{e.Message}\nThe page {page.Url} showed:\n{shown}");
        }
    }

    private static async Task AddWorkAsync(PortalVisitor visitor, string start, bool withAccountingWork)
    {
        var page = visitor.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "新增工作经历" }).ClickAsync();
        await Expect.HeadingAsync(page, "新增工作经历");
        await page.GetByLabel("工作开始时间").FillAsync(start);
        await page.GetByLabel("至今（仍在该单位工作）").CheckAsync();
        await page.GetByLabel("单位名称").FillAsync("北京某某会计师事务所");
        await page.GetByLabel("统一社会信用代码").FillAsync("91110000600037341L");
        await page.GetByLabel("单位类型").SelectOptionAsync("Enterprise");
        await page.GetByLabel("所属行业").FillAsync("商务服务业");
        await page.GetByLabel("工作单位地址").FillAsync("北京市朝阳区建国路1号");
        await page.GetByLabel("工作单位电话").FillAsync("010-12345678");
        if (withAccountingWork)
        {
            await page.GetByLabel("是", new() { Exact = true }).CheckAsync();
            await page.Locator("#aw0-start").FillAsync("2015-01-01");
            await page.GetByLabel("会计岗位").FillAsync("会计");
            await page.GetByLabel("会计工作经历证明").SetInputFilesAsync(File("proof.png", "image/png", PersonnelRecords.Attachment()));
            await Checked(page, "record-work-form-phone");
        }
        else
        {
            await page.GetByLabel("否", new() { Exact = true }).CheckAsync();
        }
        await visitor.ClickAsync("保存");
    }

    private static async Task UploadAsync(PortalVisitor visitor, string kind, string title, FilePayload file)
    {
        await visitor.Page.Locator($"#{kind}-file").SetInputFilesAsync(file);
        await visitor.ClickAsync($"上传{title}");
        await visitor.Page.GetByRole(AriaRole.Img, new() { Name = $"已上传的{title}" }).WaitForAsync();
        await visitor.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('figure.record-thumb img')].every(i => i.complete && i.naturalWidth > 0)");   // shown, not broken
    }

    private static FilePayload File(string name, string type, byte[] bytes) => new() { Name = name, MimeType = type, Buffer = bytes };

    private static async Task Checked(IPage page, string screenshot)
    {
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, screenshot);
    }

    public void Dispose() => _emulator.Dispose();
}
