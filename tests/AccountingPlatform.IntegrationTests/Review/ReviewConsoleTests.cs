using System.Net;
using System.Text.Json;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Review;

/// <summary>
/// What the staff console asks of Review: the queue's filters and counts, who holds a claim, the common rejection
/// reasons, the administrators' decision audit, and two reviewers deciding one item at once.
/// </summary>
public sealed class ReviewConsoleTests
{
    private const string GuangdongName = "广东审核员", NanshanName = "深圳市南山区审核员";

    private static string BeijingDay(int daysFromToday) => PlatformEnvironment.Now.ToOffset(TimeSpan.FromHours(8)).AddDays(daysFromToday).ToString("yyyy-MM-dd");

    private static async Task<JsonElement?> FindAsync(PlatformClient reviewer, string query, Guid itemId)
    {
        var page = await reviewer.GetAsync($"/api/review/items?kind=PersonnelRecord&status=Pending&pageSize=100&{query}");
        Assert.True(page.Status == HttpStatusCode.OK, $"{query}: {page}");
        return page.Json.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("id").GetGuid() == itemId)
            .Select(i => (JsonElement?)i).FirstOrDefault();
    }

    [Fact]
    public async Task The_queue_filters_by_days_department_and_my_claims_and_colleagues_see_who_holds_an_item()
    {
        using var emulator = new EmulatorClient();
        using var item = await NanshanItem.SubmitAsync(emulator);
        var (province, county, itemId) = (item.Province, item.County, item.ItemId);

        Assert.NotNull(await FindAsync(county, $"submittedFrom={BeijingDay(0)}&submittedTo={BeijingDay(0)}", itemId));
        Assert.Null(await FindAsync(county, $"submittedTo={BeijingDay(-1)}", itemId));
        Assert.Null(await FindAsync(county, $"submittedFrom={BeijingDay(1)}", itemId));
        Assert.NotNull(await FindAsync(province, "department=440300", itemId));     // a city selects its counties
        Assert.NotNull(await FindAsync(province, "department=440305", itemId));
        Assert.Null(await FindAsync(province, "department=440106", itemId));

        var before = (await province.GetAsync("/api/review/items/counts")).Json;
        Assert.Equal(HttpStatusCode.OK, (await province.PostAsync($"/api/review/items/{itemId}/claim")).Status);
        var seenByColleague = await FindAsync(county, "department=440305", itemId);
        Assert.Equal(GuangdongName, seenByColleague!.Value.GetProperty("claimedByName").GetString());
        Assert.NotNull(await FindAsync(province, "claimedByMe=true", itemId));
        Assert.Null(await FindAsync(county, "claimedByMe=true", itemId));
        var counts = (await province.GetAsync("/api/review/items/counts")).Json;
        Assert.Equal(before.GetProperty("claimedByMe").GetInt32() + 1, counts.GetProperty("claimedByMe").GetInt32());
        foreach (var kind in new[] { "personnelRecord", "realNameApplication" })
            foreach (var status in new[] { "pending", "approved", "rejected", "superseded" })
                Assert.True(counts.GetProperty(kind).GetProperty(status).GetInt32() >= 0);
        Assert.True(counts.GetProperty("personnelRecord").GetProperty("pending").GetInt32() >= 1);

        var blocked = await county.PostAsync($"/api/review/items/{itemId}/approve");
        Assert.Equal(HttpStatusCode.Conflict, blocked.Status);
        Assert.StartsWith($"该事项已由{GuangdongName}领取", blocked.Json.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await province.PostAsync($"/api/review/items/{itemId}/release")).Status);
        var released = await FindAsync(county, "department=440305", itemId);
        Assert.Equal(JsonValueKind.Null, released!.Value.GetProperty("claimedByName").ValueKind);
        Assert.Null(await FindAsync(province, "claimedByMe=true", itemId));
    }

    [Fact]
    public async Task Bad_queue_filters_are_refused_and_a_department_outside_the_division_is_forbidden()
    {
        using var province = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        using var county = await Reviewers.LoginAsync(Reviewers.NanshanPhone);
        foreach (var (query, field) in new[] { ("submittedFrom=2026-13-01", "submittedFrom"), ("submittedTo=20261201", "submittedTo"),
                     ("submittedFrom=2026-12-02&submittedTo=2026-12-01", "submittedTo"), ("department=999999", "department"), ("department=44", "department") })
        {
            var refused = await province.GetAsync($"/api/review/items?{query}");
            Assert.True(refused.Status == HttpStatusCode.BadRequest, $"{query}: {refused}");
            Assert.Equal("REVIEW_FILTER_INVALID", refused.ProblemCode);
            Assert.True(refused.Json.GetProperty("errors").TryGetProperty(field, out _), refused.ToString());
        }
        foreach (var (reviewer, department) in new[] { (province, "110105"), (county, "440300"), (county, "440306") })
        {
            var forbidden = await reviewer.GetAsync($"/api/review/items?department={department}");
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
            Assert.Equal("REVIEW_DEPARTMENT_OUT_OF_SCOPE", forbidden.ProblemCode);
            Assert.Contains("不在您的审核范围内", forbidden.Json.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Reviewers_get_the_common_rejection_reasons_per_kind()
    {
        using var reviewer = await Reviewers.LoginAsync(Reviewers.NanshanPhone);
        var reasons = await reviewer.GetAsync("/api/review/rejection-reasons");
        Assert.Equal(HttpStatusCode.OK, reasons.Status);
        var byKind = reasons.Json.EnumerateArray().ToDictionary(r => r.GetProperty("kind").GetString()!,
            r => r.GetProperty("reasons").EnumerateArray().Select(x => x.GetString()!).ToList());
        Assert.Equal(["PersonnelRecord", "RealNameApplication"], byKind.Keys.Order());
        Assert.Contains("学历信息有误", byKind["PersonnelRecord"]);
        Assert.Contains("工作经历证明不清晰", byKind["PersonnelRecord"]);
        Assert.Contains("证件已过期", byKind["RealNameApplication"]);

        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.Client.GetAsync("/api/review/rejection-reasons")).Status);
        using var anonymous = new PlatformClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/review/rejection-reasons")).Status);
    }

    [Fact]
    public async Task Administrators_search_who_decided_what_by_reviewer_and_candidate_and_reviewers_may_not()
    {
        using var emulator = new EmulatorClient();
        var name = "审" + string.Concat(Enumerable.Range(0, 3).Select(_ => "明华强伟芳娜静丽军磊洋勇艳杰涛超秀霞平刚"[Random.Shared.Next(20)]));
        using var item = await NanshanItem.SubmitAsync(emulator, name);
        var (candidate, county, itemId) = (item.Candidate, item.County, item.ItemId);
        var reason = "学历证明不清晰";
        Assert.Equal(HttpStatusCode.OK, (await county.PostAsync($"/api/review/items/{itemId}/reject", new { comment = reason })).Status);

        var trail = Assert.Single((await county.GetAsync($"/api/review/items/{itemId}/decisions")).Json.EnumerateArray());
        Assert.Equal(NanshanName, trail.GetProperty("reviewerName").GetString());

        using var admin = await Reviewers.LoginAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        var byCandidate = await admin.GetAsync($"/api/review/admin/decisions?candidate={Uri.EscapeDataString(name)}&pageSize=100");
        Assert.True(byCandidate.Status == HttpStatusCode.OK, byCandidate.ToString());
        var row = byCandidate.Json.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("reviewItemId").GetGuid() == itemId);
        Assert.Equal(NanshanName, row.GetProperty("reviewerName").GetString());
        Assert.Equal("440305", row.GetProperty("reviewerDivisionCode").GetString());
        Assert.Equal("440305", row.GetProperty("divisionCode").GetString());
        Assert.Equal("PersonnelRecord", row.GetProperty("kind").GetString());
        Assert.Equal(name, row.GetProperty("candidateName").GetString());
        Assert.Equal("Pending", row.GetProperty("previousStatus").GetString());
        Assert.Equal("Rejected", row.GetProperty("newStatus").GetString());
        Assert.Equal(reason, row.GetProperty("comment").GetString());
        Assert.Equal(1, row.GetProperty("subjectVersion").GetInt32());

        var today = BeijingDay(0);
        var byReviewer = await admin.GetAsync(
            $"/api/review/admin/decisions?reviewer={Uri.EscapeDataString("南山区")}&division=440300&decision=Rejected&from={today}&to={today}&pageSize=100");
        Assert.Contains(byReviewer.Json.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == row.GetProperty("id").GetGuid());
        var newest = byReviewer.Json.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("decidedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(newest.OrderDescending(), newest);
        foreach (var query in new[] { $"reviewer={Uri.EscapeDataString("北京")}", "decision=Approved", "division=110000", $"to={BeijingDay(-1)}" })
        {
            var other = await admin.GetAsync($"/api/review/admin/decisions?candidate={Uri.EscapeDataString(name)}&{query}&pageSize=100");
            Assert.DoesNotContain(other.Json.GetProperty("items").EnumerateArray(), d => d.GetProperty("reviewItemId").GetGuid() == itemId);
        }

        foreach (var query in new[] { "decision=Pending", "from=2026-02-30", "division=123", "from=2026-12-02&to=2026-12-01" })
            Assert.Equal("REVIEW_AUDIT_FILTER_INVALID", (await admin.GetAsync($"/api/review/admin/decisions?{query}")).ProblemCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await county.GetAsync("/api/review/admin/decisions")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.Client.GetAsync("/api/review/admin/decisions")).Status);
    }

    [Fact]
    public async Task Two_reviewers_deciding_one_item_at_once_end_with_one_decision_and_the_other_told_who_decided()
    {
        using var emulator = new EmulatorClient();
        using var item = await NanshanItem.SubmitAsync(emulator);
        var (province, county, itemId) = (item.Province, item.County, item.ItemId);

        var outcomes = await Task.WhenAll(
            province.PostAsync($"/api/review/items/{itemId}/approve"),
            county.PostAsync($"/api/review/items/{itemId}/reject", new { comment = "照片不合格（须为白底或蓝底免冠证件照）" }));

        var won = Assert.Single(outcomes, o => o.Status == HttpStatusCode.OK);
        var lost = Assert.Single(outcomes, o => o.Status != HttpStatusCode.OK);
        Assert.True(lost.Status == HttpStatusCode.Conflict, lost.ToString());
        Assert.Equal("REVIEW_ALREADY_DECIDED", lost.ProblemCode);
        var winner = won == outcomes[0] ? GuangdongName : NanshanName;
        var how = won == outcomes[0] ? "审核通过" : "审核不通过";
        Assert.StartsWith($"该事项已由{winner}于", lost.Json.GetProperty("detail").GetString());
        Assert.Contains(how, lost.Json.GetProperty("detail").GetString());
        Assert.Equal(1, await DatabaseRows.CountAsync("review", "review_decisions", "ReviewItemId", itemId));
    }
}
