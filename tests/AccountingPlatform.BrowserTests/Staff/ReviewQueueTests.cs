using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Staff;

/// <summary>
/// A reviewer with no training works through a queue of ten personnel records in the staff console, keyboard only on
/// the item pages: claim, approve or reject with a common reason, next; then re-reviews a corrected record, whose
/// change is marked.
/// </summary>
public sealed class ReviewQueueTests : IDisposable
{
    /// <summary>北京市房山区: a department no other test sends records to, so the queue filtered by it is this test's ten.</summary>
    private const string Fangshan = "110111";
    private static readonly string[] Names = ["队列甲", "队列乙", "队列丙", "队列丁", "队列戊", "队列己", "队列庚", "队列辛", "队列壬", "队列癸"];
    private static readonly int[] Rejected = [1, 4, 7];
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_reviewer_works_through_ten_records_approving_and_rejecting_with_reasons_then_re_reviews_a_corrected_one()
    {
        var candidates = new List<(Candidate Candidate, Guid Item)>();
        using var reviewerApi = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/staff/login");
        var page = visitor.Page;
        var photo = await RealPhotos.StandardPhotoAsync(page);
        foreach (var name in Names)   // one at a time: the order of submission is the queue's order
        {
            var candidate = await Candidate.RegisterAsync(_emulator, name);
            await AlipayCertifications.VerifyAsync(candidate, _emulator);
            await PersonnelRecords.FillAsync(candidate, Fangshan, CandidateSteps.BeijingEmployerCreditCode);
            await PersonnelRecords.UploadOkAsync(candidate.Client, "StandardPhoto", photo);
            var submitted = await candidate.Client.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
            Assert.True(submitted.Status == HttpStatusCode.OK, submitted.ToString());
            candidates.Add((candidate, await PersonnelRecords.ReviewItemIdAsync(reviewerApi, submitted.Json.GetProperty("id").GetGuid(), 1)));
        }
        try
        {
            await visitor.StaffLogInAsync(Reviewers.BeijingPhone, Reviewers.Password);
            await Expect.HeadingAsync(page, "审核队列");
            await page.GetByLabel("会计管理部门").SelectOptionAsync(Fangshan);
            await visitor.SubmitAsync("筛选");
            await page.WaitForURLAsync(url => url.Contains($"department={Fangshan}", StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Status).GetByText("共 10 件").WaitForAsync();
            var rows = page.Locator("table.data-table tbody tr");
            Assert.Equal(10, await rows.CountAsync());
            for (var i = 0; i < Names.Length; i++) Assert.Contains(Names[i], await rows.Nth(i).InnerTextAsync());   // oldest first
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "staff-review-queue-pc");

            await page.GetByRole(AriaRole.Link, new() { Name = $"审核 {Names[0]} 的会计人员信息采集" }).ClickAsync();
            for (var i = 0; i < Names.Length; i++)
            {
                await Expect.HeadingAsync(page, Names[i]);
                Assert.Contains(Fangshan, page.Url);   // the queue's department travels with the reviewer
                await PressAsync(page, "c", "已领取");
                if (i == 0)
                {
                    Assert.Equal(4, await page.Locator("ul.attachments img").CountAsync());   // photo, both sides, work proof: inline
                    await page.WaitForFunctionAsync("() => [...document.querySelectorAll('ul.attachments img')].every(i => i.complete && i.naturalWidth > 0)");
                    Assert.Contains("首次提交审核", await page.Locator("main").InnerTextAsync());
                    await Accessibility.AssertNoSeriousViolationsAsync(page);
                    await Screenshots.SaveAsync(page, "staff-review-item-pc");
                }
                if (Rejected.Contains(i))
                {
                    await page.Keyboard.PressAsync("r");   // the first common reason gets the focus; the arrow keys choose
                    await page.Keyboard.PressAsync("ArrowDown");
                    var reason = await page.Locator("input[name='Form.Reason']:checked").InputValueAsync();
                    await page.GetByLabel("补充说明或其他原因").FillAsync($"请按意见修改（{Names[i]}）");
                    await visitor.SubmitAsync("审核不通过");
                    await page.GetByRole(AriaRole.Status).GetByText("已审核不通过").WaitForAsync();
                    Assert.Contains(reason, await page.Locator("main").InnerTextAsync());
                }
                else await PressAsync(page, "a", "已审核通过");
                if (i < Names.Length - 1)
                {
                    await page.Keyboard.PressAsync("n");
                    await Expect.HeadingAsync(page, Names[i + 1]);
                }
                else Assert.Contains("队列中暂无其他待审核事项", await page.Locator("main").InnerTextAsync());
            }

            for (var i = 0; i < Names.Length; i++)
            {
                var record = await Eventually.GetAsync(() => candidates[i].Candidate.Client.GetAsync("/api/personnel/me/record"),
                    r => r.Json.GetProperty("status").GetString() is "Approved" or "Rejected", $"{Names[i]}'s decision reaches the record");
                Assert.Equal(Rejected.Contains(i) ? "Rejected" : "Approved", record.Json.GetProperty("status").GetString());
            }

            // Re-review: the second candidate corrects the school and submits again; the reviewer sees the change.
            var corrected = candidates[Rejected[0]].Candidate;
            var me = corrected.Client;
            var education = (await me.GetAsync("/api/personnel/me/record/educations")).Json.EnumerateArray().Single();
            var fixedEducation = await me.PutAsync($"/api/personnel/me/record/educations/{education.GetProperty("id").GetGuid()}", new
            {
                trainingMode = "FullTime", school = "上海财经大学", level = "Bachelor", degree = "Bachelor", major = "会计学",
                startDate = "2010-09-01", graduationDate = "2014-07-01", overseas = false,
            });
            Assert.True(fixedEducation.Status == HttpStatusCode.OK, fixedEducation.ToString());
            var resubmitted = await me.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
            Assert.True(resubmitted.Status == HttpStatusCode.OK, resubmitted.ToString());
            await PersonnelRecords.ReviewItemIdAsync(reviewerApi, resubmitted.Json.GetProperty("id").GetGuid(), 2);

            await page.GetByRole(AriaRole.Link, new() { Name = "返回审核队列" }).ClickAsync();
            await Expect.HeadingAsync(page, "审核队列");
            await page.GetByRole(AriaRole.Status).GetByText("共 1 件").WaitForAsync();
            Assert.Contains("第 2 版", await rows.First.InnerTextAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = $"审核 {Names[Rejected[0]]} 的会计人员信息采集" }).ClickAsync();
            var changed = page.Locator("table.snapshot tr.changed");
            await changed.First.WaitForAsync();
            var changes = await changed.AllInnerTextsAsync();
            Assert.Contains(changes, c => c.Contains("已修改") && c.Contains("上海财经大学") && c.Contains("中央财经大学"));
            Assert.Contains("与上次审核的第 1 版相比", await page.Locator("main").InnerTextAsync());
            Assert.Contains("审核不通过", await page.Locator("ol.audit").InnerTextAsync());   // the earlier decision in the audit trail
            await Screenshots.SaveAsync(page, "staff-review-item-changed-pc");
            await PressAsync(page, "a", "已审核通过");
            await Eventually.GetAsync(() => me.GetAsync("/api/personnel/me/record"),
                r => r.Json.GetProperty("status").GetString() == "Approved", "the approval of the corrected record reaches it");

            // The division's figures: 房山区's queue is empty now; and its contacts in the department directory.
            await page.GetByRole(AriaRole.Link, new() { Name = "审核统计", Exact = true }).ClickAsync();
            await Expect.HeadingAsync(page, "审核统计");
            var fangshan = page.Locator("table.data-table tbody tr", new() { HasText = "房山区" });
            Assert.Equal("0", (await fangshan.Locator("td").First.InnerTextAsync()).Trim());
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "staff-review-figures-pc");
            using (var admin = await Reviewers.LoginAsync(Reviewers.AdminPhone, Reviewers.AdminPassword))
            {
                var registered = await admin.PutAsync($"/api/review/departments/{Fangshan}",
                    new { name = "北京市房山区财政局会计科", phone = "010-89350000", address = "北京市房山区政通路1号" });
                Assert.True((int)registered.Status < 300, registered.ToString());
            }
            await page.GetByRole(AriaRole.Link, new() { Name = "会计管理部门", Exact = true }).ClickAsync();
            await Expect.HeadingAsync(page, "会计管理部门");
            Assert.Contains("北京市房山区财政局会计科", await page.GetByRole(AriaRole.Table).InnerTextAsync());
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "staff-review-departments-pc");
        }
        finally
        {
            foreach (var (candidate, _) in candidates) candidate.Dispose();
        }
    }

    /// <summary>A shortcut key pressed outside any field, and the notice that says it was done.</summary>
    private static async Task PressAsync(IPage page, string key, string notice)
    {
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync(key);
        await page.GetByRole(AriaRole.Status).GetByText(notice).WaitForAsync();
    }

    public void Dispose() => _emulator.Dispose();
}
