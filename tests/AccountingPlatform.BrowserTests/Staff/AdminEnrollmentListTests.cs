using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Staff;

/// <summary>
/// The administrators' 报名名单: an exam's enrollments in 北京, newest first, twenty a page with 下一页 by position,
/// filtered by status, the person masked.
/// </summary>
public sealed class AdminEnrollmentListTests
{
    private const string Beijing = "110000";

    [Fact]
    public async Task An_administrator_pages_and_filters_an_exams_enrollments_in_a_province()
    {
        using var api = await TestExams.AdminAsync();
        var code = TestExams.NewCode("UIL");
        await TestExams.SaveExamAsync(api, code, PlatformEnvironment.Now.Year + 1);
        var now = PlatformEnvironment.Now;
        await TestExams.SaveProvinceAsync(api, code, Beijing, TestExams.Terms(now.AddDays(-1), now.AddDays(20), now.AddDays(25)));
        var start = now.AddHours(-1);
        var rows = Enumerable.Range(0, 25).Select(i => new EnrollmentRows.Row(Guid.CreateVersion7(), Guid.CreateVersion7(), Beijing,
            i % 5 == 0 ? "Confirmed" : "AwaitingPayment", start.AddMinutes(i), i % 5 == 0 ? $"2031{Beijing[..2]}{Random.Shared.Next(10_000_000, 99_999_999)}" : null)).ToList();
        await EnrollmentRows.InsertAsync(code, rows);

        var admin = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        var page = admin.Page;
        await admin.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await admin.GoToAsync($"/staff/admin/enrollments?exam={code}&province={Beijing}");
        await Expect.HeadingAsync(page, "报名名单");
        var table = page.Locator("table[aria-labelledby='enrollments-title'] tbody tr");
        Assert.Equal(20, await table.CountAsync());
        Assert.Equal("25", await page.Locator("#enrollments-title .count").InnerTextAsync());
        var newest = await table.First.InnerTextAsync();
        Assert.Contains("138****5678", newest);
        Assert.Contains("中级会计实务", newest);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-admin-enrollments-pc");

        await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "回到最新" }).WaitForAsync();
        Assert.Equal(5, await table.CountAsync());
        Assert.Equal("25", await page.Locator("#enrollments-title .count").InnerTextAsync());   // the first page's total, carried
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).CountAsync());

        await page.GetByLabel("报名状态").SelectOptionAsync("Confirmed");
        await admin.SubmitAsync("查找");
        Assert.Equal(5, await table.CountAsync());
        Assert.All(await table.AllInnerTextsAsync(), r => Assert.Contains("报名成功", r));
        await Screenshots.SaveAsync(page, "staff-admin-enrollments-filtered-pc");

        // On a phone: the same list, the page no wider than the screen (the table scrolls in its own region).
        var onPhone = await PortalVisitor.OpenAsync(Browser.Phone, "/staff/login");
        var phone = onPhone.Page;
        await onPhone.StaffLogInAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        await onPhone.GoToAsync($"/staff/admin/enrollments?exam={code}&province={Beijing}");
        await Expect.HeadingAsync(phone, "报名名单");
        Assert.Equal(20, await phone.Locator("table[aria-labelledby='enrollments-title'] tbody tr").CountAsync());
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await Accessibility.AssertNoSeriousViolationsAsync(phone);
        await Screenshots.SaveAsync(phone, "staff-admin-enrollments-phone");
    }
}
