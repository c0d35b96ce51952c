using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Identity;

/// <summary>Administrators find staff accounts and disable them: a disabled account cannot log in and its sessions end at once.</summary>
public sealed class StaffAccountTests
{
    private const string Password = "Review@2026test";

    [Fact]
    public async Task A_disabled_reviewer_is_refused_at_login_after_the_password_and_loses_every_session_at_once_until_enabled()
    {
        using var admin = await TestExams.AdminAsync();
        var (id, phone, name) = await CreateReviewerAsync(admin, "440300");
        using var reviewer = await Reviewers.LoginAsync(phone, Password);
        using var otherDevice = await Reviewers.LoginAsync(phone, Password);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/review/items")).Status);

        var disabled = await admin.PostAsync($"/api/identity/staff-accounts/{id}/disable");
        Assert.True(disabled.Status == HttpStatusCode.OK, disabled.ToString());
        Assert.True(disabled.Json.GetProperty("disabled").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.String, disabled.Json.GetProperty("disabledAt").ValueKind);

        // Every session ends at once, on every service: access tokens refused, refresh tokens dead.
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.GetAsync("/api/review/items")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.GetAsync("/api/identity/users/me")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.PostAsync("/api/identity/tokens/refresh", new { refreshToken = otherDevice.RefreshToken })).Status);

        // The right password is told the account is disabled; a wrong one learns nothing more than before.
        using var again = new PlatformClient();
        var refused = await Candidate.TryLogInAsync(again, phone, Password);
        Assert.Equal((HttpStatusCode.Forbidden, "IDENTITY_ACCOUNT_DISABLED"), (refused.Status, refused.ProblemCode));
        Assert.Equal("该账号已停用，请联系管理员", refused.Json.GetProperty("detail").GetString());
        var wrong = await Candidate.TryLogInAsync(again, phone, "Wrong@2026pass");
        Assert.Equal((HttpStatusCode.Unauthorized, "IDENTITY_CREDENTIALS_INVALID"), (wrong.Status, wrong.ProblemCode));

        // Disabling again answers the same; the list shows the account only when asked for the disabled ones too.
        var twice = await admin.PostAsync($"/api/identity/staff-accounts/{id}/disable");
        Assert.Equal(HttpStatusCode.OK, twice.Status);
        Assert.Equal(disabled.Json.GetProperty("disabledAt").GetDateTimeOffset().ToUnixTimeMilliseconds(),
            twice.Json.GetProperty("disabledAt").GetDateTimeOffset().ToUnixTimeMilliseconds());   // not disabled anew (the database keeps microseconds)
        Assert.Equal(0, (await admin.GetAsync($"/api/identity/staff-accounts?q={name}")).Json.GetProperty("total").GetInt32());
        var withDisabled = await admin.GetAsync($"/api/identity/staff-accounts?q={name}&includeDisabled=true");
        Assert.True(Assert.Single(withDisabled.Json.GetProperty("items").EnumerateArray()).GetProperty("disabled").GetBoolean());

        var enabled = await admin.PostAsync($"/api/identity/staff-accounts/{id}/enable");
        Assert.False(enabled.Json.GetProperty("disabled").GetBoolean());
        using var back = await Reviewers.LoginAsync(phone, Password);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/api/review/items")).Status);
    }

    [Fact]
    public async Task Administrators_find_staff_by_role_division_and_below_and_name_or_phone_ordered_by_division_then_name()
    {
        using var admin = await TestExams.AdminAsync();
        var suffix = Random.Shared.Next(100_000, 999_999).ToString();
        var (_, shenzhenPhone, shenzhen) = await CreateReviewerAsync(admin, "440300", $"乙审核{suffix}");
        var (_, _, guangdong) = await CreateReviewerAsync(admin, "440000", $"甲审核{suffix}");
        var (_, _, beijing) = await CreateReviewerAsync(admin, "110000", $"丙审核{suffix}");

        var inGuangdong = await admin.GetAsync($"/api/identity/staff-accounts?role=reviewer&division=440000&q={suffix}");
        Assert.True(inGuangdong.Status == HttpStatusCode.OK, inGuangdong.ToString());
        var items = inGuangdong.Json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([guangdong, shenzhen], items.Select(i => i.GetProperty("name").GetString()!).ToArray());   // 440000 before 440300
        Assert.Equal(2, inGuangdong.Json.GetProperty("total").GetInt32());
        var first = items[0];
        Assert.Equal("reviewer", first.GetProperty("role").GetString());
        Assert.Equal("广东省", first.GetProperty("divisionName").GetString());
        Assert.False(first.GetProperty("disabled").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("disabledAt").ValueKind);
        Assert.InRange(first.GetProperty("createdAt").GetDateTimeOffset(), PlatformEnvironment.Now.AddMinutes(-10), PlatformEnvironment.Now.AddMinutes(5));
        Assert.DoesNotContain(shenzhenPhone, inGuangdong.Text);   // masked
        Assert.Matches(@"^1\d{2}\*{4}\d{4}$", items[1].GetProperty("maskedPhone").GetString());

        var byPhone = await admin.GetAsync($"/api/identity/staff-accounts?q={shenzhenPhone[3..]}");
        Assert.Equal(shenzhen, Assert.Single(byPhone.Json.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal([beijing], (await admin.GetAsync($"/api/identity/staff-accounts?division=110000&q={suffix}")).Json.GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(0, (await admin.GetAsync($"/api/identity/staff-accounts?role=admin&q={suffix}")).Json.GetProperty("total").GetInt32());
        var admins = await admin.GetAsync("/api/identity/staff-accounts?role=admin&pageSize=100");
        Assert.Contains(admins.Json.GetProperty("items").EnumerateArray(), a => a.GetProperty("maskedPhone").GetString() == "139****0000");

        var badRole = await admin.GetAsync("/api/identity/staff-accounts?role=candidate&division=999999&pageSize=500");
        Assert.Equal((HttpStatusCode.BadRequest, "IDENTITY_STAFF_QUERY_INVALID"), (badRole.Status, badRole.ProblemCode));
        Assert.Equal(["division", "pageSize", "role"], badRole.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToArray());
    }

    [Fact]
    public async Task Nobody_disables_their_own_account_a_candidate_is_not_staff_and_only_administrators_may_ask()
    {
        using var admin = await TestExams.AdminAsync();
        var adminId = (await admin.GetAsync("/api/identity/users/me")).Json.GetProperty("userId").GetGuid();
        var self = await admin.PostAsync($"/api/identity/staff-accounts/{adminId}/disable");
        Assert.Equal((HttpStatusCode.Conflict, "IDENTITY_CANNOT_DISABLE_SELF"), (self.Status, self.ProblemCode));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/identity/users/me")).Status);

        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var candidateId = (await candidate.Client.GetAsync("/api/identity/users/me")).Json.GetProperty("userId").GetGuid();
        var notStaff = await admin.PostAsync($"/api/identity/staff-accounts/{candidateId}/disable");
        Assert.Equal((HttpStatusCode.NotFound, "IDENTITY_STAFF_ACCOUNT_NOT_FOUND"), (notStaff.Status, notStaff.ProblemCode));
        Assert.Equal(HttpStatusCode.OK, (await candidate.Client.GetAsync("/api/identity/users/me")).Status);
        Assert.Equal("IDENTITY_STAFF_ACCOUNT_NOT_FOUND", (await admin.PostAsync($"/api/identity/staff-accounts/{Guid.CreateVersion7()}/enable")).ProblemCode);

        using var reviewer = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        foreach (var client in new[] { candidate.Client, reviewer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/identity/staff-accounts")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/identity/staff-accounts/{adminId}/disable")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/identity/staff-accounts/{adminId}/enable")).Status);
        }
    }

    private static async Task<(Guid Id, string Phone, string Name)> CreateReviewerAsync(PlatformClient admin, string division, string? name = null)
    {
        var phone = TestIdentities.Phone();
        name ??= $"审核员{Random.Shared.Next(100_000, 999_999)}";
        var created = await admin.PostAsync("/api/identity/staff-accounts", new { name, phone, password = Password, role = "reviewer", divisionCode = division });
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        return (created.Json.GetProperty("userId").GetGuid(), phone, name);
    }
}
