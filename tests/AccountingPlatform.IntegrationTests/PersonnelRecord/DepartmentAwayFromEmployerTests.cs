using System.Text.Json;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.PersonnelRecord;

/// <summary>
/// Seed 004: 在职在岗人员应选择工作单位所在地. A candidate working for a Guangdong employer who chooses a Beijing department
/// is asked why before submitting, and the reviewer reads the answer.
/// </summary>
public sealed class DepartmentAwayFromEmployerTests
{
    [Fact]
    public async Task A_department_away_from_the_current_employer_needs_a_reason_the_reviewer_then_reads()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        await PersonnelRecords.FillAsync(candidate, "110105", PersonnelRecords.GuangdongEmployerCreditCode);
        var me = candidate.Client;

        // The wizard knows before the candidate submits: the employer and where it is registered.
        var draft = await me.GetAsync("/api/personnel/me/record");
        var away = draft.Json.GetProperty("departmentAwayFromEmployer");
        Assert.Equal("440000", away.GetProperty("divisionCode").GetString());
        Assert.Contains("广东省", away.GetProperty("divisionName").GetString());

        // Submitting without saying why is refused beside the question, and nothing changes.
        var refused = await me.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("PERSONNEL_DEPARTMENT_AWAY_FROM_EMPLOYER", refused.ProblemCode);
        Assert.Contains("工作单位所在地", refused.Json.GetProperty("errors").GetProperty("departmentReason")[0].GetString());
        Assert.Equal("Draft", (await me.GetAsync("/api/personnel/me/record")).Json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await me.PostAsync("/api/personnel/me/record/submit", new { commitment = true, departmentReason = 1 })).Status);

        var submitted = await me.PostAsync("/api/personnel/me/record/submit", new { commitment = true, departmentReason = "HouseholdRegistration" });
        Assert.True(submitted.Status == HttpStatusCode.OK, submitted.ToString());
        Assert.Equal("HouseholdRegistration", submitted.Json.GetProperty("departmentReason").GetString());

        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var itemId = await PersonnelRecords.ReviewItemIdAsync(beijing, submitted.Json.GetProperty("id").GetGuid(), submitted.Json.GetProperty("version").GetInt32());
        var item = await beijing.GetAsync($"/api/review/items/{itemId}");
        Assert.Contains("户籍所在地", item.Json.GetProperty("snapshot").GetProperty("会计管理部门选择原因").GetString());

        // Sent back, the candidate chooses a department where the employer is: no question, and the old reason is gone.
        Assert.Equal(HttpStatusCode.OK, (await beijing.PostAsync($"/api/review/items/{itemId}/reject", new { comment = "请选择工作单位所在地的会计管理部门" })).Status);
        await Eventually.GetAsync(() => me.GetAsync("/api/personnel/me/record"), r => r.Json.GetProperty("status").GetString() == "Rejected", "the rejection reaches the record");
        var moved = await me.PutAsync("/api/personnel/me/record", new { departmentDivisionCode = "440305" });
        Assert.True(moved.Status == HttpStatusCode.OK, moved.ToString());
        Assert.Equal(JsonValueKind.Null, moved.Json.GetProperty("departmentReason").ValueKind);
        Assert.Equal(JsonValueKind.Null, moved.Json.GetProperty("departmentAwayFromEmployer").ValueKind);
        var again = await me.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        Assert.True(again.Status == HttpStatusCode.OK, again.ToString());
    }
}
