using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Record;

/// <summary>
/// Seed 004 (在职在岗人员应选择工作单位所在地) in the browser: a candidate working in Guangdong who chose a Beijing department
/// is asked why on 承诺与提交, is told beside the question when no reason is chosen, and the review notice shows the
/// reason given.
/// </summary>
public sealed class DepartmentReasonTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_department_away_from_the_employer_is_explained_before_the_record_is_submitted()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "周会计");
        await AlipayCertifications.VerifyAsync(candidate, _emulator);
        await PersonnelRecords.FillAsync(candidate, "110105", PersonnelRecords.GuangdongEmployerCreditCode);

        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login?returnUrl=%2Frecord%2Fsubmit");
        await visitor.LogInAsync(candidate.Phone, candidate.Password);
        var page = visitor.Page;
        await Expect.HeadingAsync(page, "承诺与提交");
        var question = page.GetByRole(AriaRole.Group, new() { Name = "会计管理部门与工作单位所在地不一致，请说明原因" });
        Assert.Contains("广东省", await question.InnerTextAsync());

        await page.GetByLabel("承诺所提供信息真实有效").CheckAsync();
        await visitor.SubmitAsync("提交审核");
        Assert.Contains("在职在岗人员应选择工作单位所在地", await visitor.FieldErrorAsync("departmentReason"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "record-department-reason-pc");
        await page.SetViewportSizeAsync(Browser.Phone.Width, Browser.Phone.Height);   // the same question on a phone
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "record-department-reason-phone");

        await page.GetByLabel("户籍所在地").CheckAsync();
        await page.GetByLabel("承诺所提供信息真实有效").CheckAsync();
        await visitor.SubmitAsync("提交审核");
        await Expect.HeadingAsync(page, "审核告知");
        Assert.Contains("户籍所在地（与工作单位所在地不一致）", await page.Locator("main").InnerTextAsync());
    }

    public void Dispose() => _emulator.Dispose();
}
