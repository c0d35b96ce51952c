using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using System.Text.Json;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Staff;

/// <summary>
/// One record from rejection to enrollment: the reviewer (on a phone) claims and rejects it with a common reason, the
/// candidate reads the reason in the portal, corrects and submits again, the reviewer sees what changed and approves,
/// and the approval unlocks enrollment in Beijing, a province linked to the personnel registry. And a reviewer of
/// another province who types the item's address is refused.
/// </summary>
public sealed class ReviewDecisionTests : IDisposable
{
    private const string Beijing = "110000";
    private const string Chaoyang = "110105";
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_rejection_reason_reaches_the_candidate_who_resubmits_and_the_approval_unlocks_the_linked_province()
    {
        var reviewer = await PortalVisitor.OpenAsync(Browser.Phone, "/staff/login");
        var console = reviewer.Page;
        using var candidate = await Candidate.RegisterAsync(_emulator, "孙复审");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        await PersonnelRecords.FillAsync(candidate, Chaoyang, CandidateSteps.BeijingEmployerCreditCode);
        await PersonnelRecords.UploadOkAsync(candidate.Client, "StandardPhoto", await RealPhotos.StandardPhotoAsync(console));
        var submitted = await candidate.Client.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        Assert.True(submitted.Status == HttpStatusCode.OK, submitted.ToString());
        var recordId = submitted.Json.GetProperty("id").GetGuid();
        using var reviewerApi = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var item = await PersonnelRecords.ReviewItemIdAsync(reviewerApi, recordId, 1);

        await Expect.HeadingAsync(console, "工作人员登录");
        await Accessibility.AssertNoSeriousViolationsAsync(console);
        await reviewer.StaffLogInAsync(Reviewers.BeijingPhone, Reviewers.Password);
        await reviewer.GoToAsync($"/staff/review/items/{item}");
        await Expect.HeadingAsync(console, "孙复审");
        await console.GetByRole(AriaRole.Button, new() { Name = "领取" }).ClickAsync();
        await console.GetByRole(AriaRole.Status).GetByText("已领取").WaitForAsync();
        Assert.Contains("您已领取", await console.Locator("dl.facts").InnerTextAsync());
        await reviewer.SubmitAsync("审核不通过");   // no reason chosen: the API's message beside the reasons
        Assert.Contains("审核意见", await reviewer.FieldErrorAsync("comment"));
        await console.GetByLabel("学历信息有误").CheckAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(console);
        await Screenshots.SaveAsync(console, "staff-review-item-phone");
        await reviewer.SubmitAsync("审核不通过");
        await console.GetByRole(AriaRole.Status).GetByText("已审核不通过").WaitForAsync();
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("status").GetString() == "Rejected", "the rejection reaches the record");

        var portal = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        var page = portal.Page;
        await portal.LogInAsync(candidate.Phone, candidate.Password);
        await portal.GoToAsync("/record/review");
        Assert.Contains("学历信息有误", await page.Locator("main").InnerTextAsync());

        var education = (await candidate.Client.GetAsync("/api/personnel/me/record/educations")).Json.EnumerateArray().Single();
        var corrected = await candidate.Client.PutAsync($"/api/personnel/me/record/educations/{education.GetProperty("id").GetGuid()}", new
        {
            trainingMode = "FullTime", school = "上海财经大学", level = "Bachelor", degree = "Bachelor", major = "会计学",
            startDate = "2010-09-01", graduationDate = "2014-07-01", overseas = false,
        });
        Assert.True(corrected.Status == HttpStatusCode.OK, corrected.ToString());
        await portal.GoToAsync("/record/submit");
        await page.GetByLabel("承诺所提供信息真实有效").CheckAsync();
        await portal.ClickAsync("提交审核");
        await Expect.HeadingAsync(page, "审核告知");
        Assert.Contains("已提交，等待审核", await page.Locator("main").InnerTextAsync());
        var second = await PersonnelRecords.ReviewItemIdAsync(reviewerApi, recordId, 2);

        await reviewer.GoToAsync($"/staff/review/items/{second}");
        var changed = await console.Locator("table.snapshot tr.changed").AllInnerTextsAsync();
        Assert.Contains(changed, c => c.Contains("上海财经大学") && c.Contains("中央财经大学"));
        Assert.Contains("学历信息有误", await console.Locator("ol.audit").InnerTextAsync());
        await console.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await console.GetByRole(AriaRole.Status).GetByText("已审核通过").WaitForAsync();

        var exam = await Enrollments.DevelopmentExamCodeAsync(candidate.Client);
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/{Beijing}"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("refusal").ValueKind == JsonValueKind.Null,
            "Enrollment learns that the corrected record was approved");
        await portal.GoToAsync($"/exam/{exam}?province={Beijing}");
        await page.GetByLabel("完全同意（网上报名承诺）").CheckAsync();
        await page.GetByLabel("我已阅知上述条款", new() { Exact = false }).CheckAsync();
        await portal.SubmitAsync("下一步：填写报名信息");
        Assert.Contains("连接会计人员库的省份", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task A_Guangdong_reviewer_who_types_a_Beijing_items_address_is_refused_and_does_not_see_it()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "周越权");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, Chaoyang);
        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var item = await PersonnelRecords.ReviewItemIdAsync(beijing, submitted.Json.GetProperty("id").GetGuid(), 1);

        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        var page = visitor.Page;
        await visitor.StaffLogInAsync(Reviewers.GuangdongPhone, Reviewers.Password);
        var response = await page.GotoAsync($"/staff/review/items/{item}");
        Assert.True(response?.Status is 403 or 404, $"status {response?.Status}");
        await Expect.HeadingAsync(page, "无法查看该事项");
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("不属于您负责审核的辖区", text);
        Assert.DoesNotContain("周越权", text);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-review-refused-pc");
    }

    public void Dispose() => _emulator.Dispose();
}
