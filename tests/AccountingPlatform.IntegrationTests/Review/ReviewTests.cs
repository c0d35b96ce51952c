using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Review;

/// <summary>Provincial review: division scopes, claims, what changed, the audit, the department directory, figures, staff accounts.</summary>
public sealed class ReviewTests
{
    internal static async Task<(Candidate Candidate, Guid RecordId)> SubmittedRecordAsync(EmulatorClient emulator, string department, string name = "张三")
    {
        var candidate = await Candidate.RegisterAsync(emulator, name);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, department);
        return (candidate, submitted.Json.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_claimed_item_cannot_be_decided_by_another_reviewer_until_released()
    {
        using var emulator = new EmulatorClient();
        using var item = await NanshanItem.SubmitAsync(emulator);
        var (province, county, itemId) = (item.Province, item.County, item.ItemId);

        Assert.Equal(HttpStatusCode.OK, (await province.PostAsync($"/api/review/items/{itemId}/claim")).Status);
        var blocked = await county.PostAsync($"/api/review/items/{itemId}/approve");
        Assert.Equal(HttpStatusCode.Conflict, blocked.Status);
        Assert.Equal("REVIEW_ITEM_CLAIMED", blocked.ProblemCode);
        Assert.Equal("REVIEW_ITEM_CLAIMED", (await county.PostAsync($"/api/review/items/{itemId}/claim")).ProblemCode);

        Assert.Equal(HttpStatusCode.OK, (await province.PostAsync($"/api/review/items/{itemId}/release")).Status);
        Assert.Equal(HttpStatusCode.OK, (await county.PostAsync($"/api/review/items/{itemId}/approve")).Status);

        var audit = await county.GetAsync($"/api/review/items/{itemId}/decisions");
        var decision = Assert.Single(audit.Json.EnumerateArray());
        Assert.Equal("Pending", decision.GetProperty("previousStatus").GetString());
        Assert.Equal("Approved", decision.GetProperty("newStatus").GetString());
        Assert.Equal(1, decision.GetProperty("subjectVersion").GetInt32());
        Assert.Equal("440305", decision.GetProperty("reviewerDivisionCode").GetString());
    }

    [Fact]
    public async Task A_county_reviewer_sees_only_the_county_and_a_province_reviewer_the_whole_province()
    {
        using var emulator = new EmulatorClient();
        var (candidate, recordId) = await SubmittedRecordAsync(emulator, "440106");   // 广州市天河区
        using var _ = candidate;
        using var province = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        var itemId = await PersonnelRecords.ReviewItemIdAsync(province, recordId, 1);

        using var county = await Reviewers.LoginAsync(Reviewers.NanshanPhone);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/review/items/{itemId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await county.PostAsync($"/api/review/items/{itemId}/approve")).Status);
        var list = await county.GetAsync("/api/review/items?status=Pending&pageSize=100");
        Assert.DoesNotContain(list.Json.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == itemId);
    }

    [Fact]
    public async Task A_resubmitted_record_shows_the_reviewer_what_changed_since_the_last_decision()
    {
        using var emulator = new EmulatorClient();
        var (candidate, recordId) = await SubmittedRecordAsync(emulator, "440305");
        using var _ = candidate;
        using var county = await Reviewers.LoginAsync(Reviewers.NanshanPhone);
        var first = await PersonnelRecords.ReviewItemIdAsync(county, recordId, 1);
        var opened = await county.GetAsync($"/api/review/items/{first}");
        var snapshot = opened.Json.GetProperty("snapshot");
        Assert.Equal("中央财经大学", snapshot.GetProperty("教育经历1").GetString()!.Split(' ')[1]);
        Assert.Contains("大学本科 学士学位 全日制", snapshot.GetProperty("教育经历1").GetString());   // in the words the reviewer uses
        Assert.Equal("居民身份证", snapshot.GetProperty("证件类型").GetString());
        Assert.Empty(opened.Json.GetProperty("changes").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await county.PostAsync($"/api/review/items/{first}/reject", new { comment = "学校名称与毕业证书不符" })).Status);

        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("status").GetString() == "Rejected", "the rejection reaches the record");
        var educationId = (await candidate.Client.GetAsync("/api/personnel/me/record/educations")).Json[0].GetProperty("id").GetGuid();
        var corrected = await candidate.Client.PutAsync($"/api/personnel/me/record/educations/{educationId}", new
        {
            trainingMode = "FullTime", school = "上海财经大学", level = "Bachelor", degree = "Bachelor", major = "会计学",
            startDate = "2010-09-01", graduationDate = "2014-07-01", overseas = false,
        });
        Assert.Equal(HttpStatusCode.OK, corrected.Status);
        var resubmitted = await candidate.Client.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        var second = await PersonnelRecords.ReviewItemIdAsync(county, recordId, resubmitted.Json.GetProperty("version").GetInt32());

        var detail = await county.GetAsync($"/api/review/items/{second}");
        Assert.Equal(1, detail.Json.GetProperty("comparedWithVersion").GetInt32());
        var change = Assert.Single(detail.Json.GetProperty("changes").EnumerateArray());
        Assert.Equal("教育经历1", change.GetProperty("field").GetString());
        Assert.Contains("中央财经大学", change.GetProperty("before").GetString());
        Assert.Contains("上海财经大学", change.GetProperty("after").GetString());

        // The second version's trail carries the first version's rejection: the re-reviewer reads why it came back.
        var trail = Assert.Single((await county.GetAsync($"/api/review/items/{second}/decisions")).Json.EnumerateArray());
        Assert.Equal(1, trail.GetProperty("subjectVersion").GetInt32());
        Assert.Equal("学校名称与毕业证书不符", trail.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task The_department_an_administrator_registers_appears_in_the_review_notice()
    {
        using var emulator = new EmulatorClient();
        var (candidate, _) = await SubmittedRecordAsync(emulator, "440305");
        using var __ = candidate;
        using var admin = await Reviewers.LoginAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        var phone = $"0755-{Random.Shared.Next(10_000_000, 99_999_999)}";
        var department = new { name = "深圳市南山区财政局会计管理科", phone, address = "深圳市南山区南山大道2072号" };

        using var reviewer = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutAsync("/api/review/departments/440305", department)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.Client.PutAsync("/api/review/departments/440305", department)).Status);
        Assert.Equal("REVIEW_DEPARTMENT_INVALID", (await admin.PutAsync("/api/review/departments/999999", department)).ProblemCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync("/api/review/departments/440305", department)).Status);

        var notice = await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("department").ValueKind == System.Text.Json.JsonValueKind.Object
                 && r.Json.GetProperty("department").GetProperty("phone").GetString() == phone, "DepartmentUpdated reaches the record");
        Assert.Equal("深圳市南山区财政局会计管理科", notice.Json.GetProperty("department").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Figures_count_pending_and_decided_items_per_department()
    {
        using var emulator = new EmulatorClient();
        var (candidate, recordId) = await SubmittedRecordAsync(emulator, "440305");
        using var _ = candidate;
        using var county = await Reviewers.LoginAsync(Reviewers.NanshanPhone);
        var itemId = await PersonnelRecords.ReviewItemIdAsync(county, recordId, 1);
        var before = await FiguresAsync(county);
        Assert.True(before.Pending >= 1);

        Assert.Equal(HttpStatusCode.OK, (await county.PostAsync($"/api/review/items/{itemId}/approve")).Status);
        var after = await FiguresAsync(county);
        Assert.Equal(before.Pending - 1, after.Pending);
        Assert.Equal(before.DecidedToday + 1, after.DecidedToday);
        Assert.NotNull(after.Median);
    }

    private static async Task<(int Pending, int DecidedToday, double? Median)> FiguresAsync(PlatformClient reviewer)
    {
        var figures = await reviewer.GetAsync("/api/review/figures");
        Assert.Equal(HttpStatusCode.OK, figures.Status);
        var row = figures.Json.EnumerateArray().Single(f => f.GetProperty("divisionCode").GetString() == "440305");
        var median = row.GetProperty("medianMinutesToDecision");
        return (row.GetProperty("pending").GetInt32(), row.GetProperty("decidedToday").GetInt32(),
            median.ValueKind == System.Text.Json.JsonValueKind.Null ? null : median.GetDouble());
    }

    [Fact]
    public async Task A_query_enum_is_a_name_as_in_every_JSON_body_not_an_undefined_number()
    {
        using var reviewer = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        foreach (var query in new[] { "kind=7", "kind=0", "status=9", "kind=%20PersonnelRecord" })
        {
            var refused = await reviewer.GetAsync($"/api/review/items?{query}");
            Assert.True(refused.Status == HttpStatusCode.BadRequest, $"{query}: {refused}");
            Assert.Equal("REVIEW_REQUEST_MALFORMED", refused.ProblemCode);
            var field = query[..query.IndexOf('=')];
            Assert.StartsWith("取值无效", refused.Json.GetProperty("errors").GetProperty(field)[0].GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/review/items?kind=PersonnelRecord&status=Pending")).Status);

        using var anonymous = new PlatformClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/review/items?kind=7")).Status);
    }

    [Fact]
    public async Task An_administrator_creates_a_city_reviewer_who_reviews_that_city_only()
    {
        using var emulator = new EmulatorClient();
        var (candidate, recordId) = await SubmittedRecordAsync(emulator, "440305");
        using var _ = candidate;
        using var admin = await Reviewers.LoginAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        var phone = TestIdentities.Phone();
        var account = new { name = "深圳市审核员", phone, password = "Shenhe@2025", role = "reviewer", divisionCode = "440300" };

        using var reviewer = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync("/api/identity/staff-accounts", account)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.Client.PostAsync("/api/identity/staff-accounts", account)).Status);
        Assert.Equal("IDENTITY_STAFF_ACCOUNT_INVALID", (await admin.PostAsync("/api/identity/staff-accounts", account with { divisionCode = "123" })).ProblemCode);
        var created = await admin.PostAsync("/api/identity/staff-accounts", account);
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());

        using var shenzhen = await Reviewers.LoginAsync(phone, "Shenhe@2025");
        await PersonnelRecords.ReviewItemIdAsync(shenzhen, recordId, 1);
        var me = await shenzhen.GetAsync("/api/identity/users/me");
        Assert.Equal("reviewer", me.Json.GetProperty("role").GetString());
        Assert.Equal("440300", me.Json.GetProperty("divisionCode").GetString());
    }
}
