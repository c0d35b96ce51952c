using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.RealName;

/// <summary>Real name through Alipay: a pass, each kind of failure as the candidate is told it, and a forged answer.</summary>
public sealed class AlipayVerificationTests
{
    [Theory]
    [InlineData("IdentityMismatch", "Failed", "请联系报考省份的考试管理机构")]
    [InlineData("AccountRisk", "Failed", "您的支付宝账户存在安全风险")]
    [InlineData("Fail", "InProgress", "人脸比对未通过")]
    public async Task A_failed_verification_tells_the_candidate_why_and_a_new_attempt_can_pass(string outcome, string status, string told)
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);

        var failedId = await AlipayCertifications.StartAndFinishAsync(candidate, emulator, outcome);
        var failed = await candidate.Client.GetAsync($"/api/realname/me/alipay-certifications/{failedId}");
        Assert.Equal(HttpStatusCode.OK, failed.Status);
        Assert.Equal(status, failed.Json.GetProperty("status").GetString());
        Assert.Contains(told, failed.Json.GetProperty("failureMessage").GetString());
        Assert.False((await candidate.Client.GetAsync("/api/realname/me/status")).Json.GetProperty("verified").GetBoolean());

        var passedId = await AlipayCertifications.StartAndFinishAsync(candidate, emulator, "Pass");
        var passed = await candidate.Client.GetAsync($"/api/realname/me/alipay-certifications/{passedId}");
        Assert.Equal("Passed", passed.Json.GetProperty("status").GetString());
        Assert.True((await candidate.Client.GetAsync("/api/realname/me/status")).Json.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task A_tampered_Alipay_answer_is_refused_and_verifies_nobody()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var id = await AlipayCertifications.StartAndFinishAsync(candidate, emulator, "Fail");

        // A man in the middle turns Alipay's "passed":"F" into "T".
        await emulator.TamperNextAlipayReplyAsync("alipay.user.certify.open.query");
        var tampered = await candidate.Client.GetAsync($"/api/realname/me/alipay-certifications/{id}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tampered.Status);
        Assert.Equal("REALNAME_ALIPAY_RESPONSE_UNVERIFIED", tampered.ProblemCode);

        Assert.False((await candidate.Client.GetAsync("/api/realname/me/status")).Json.GetProperty("verified").GetBoolean());
        var honest = await candidate.Client.GetAsync($"/api/realname/me/alipay-certifications/{id}");
        Assert.NotEqual("Passed", honest.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_second_passed_certification_of_someone_already_verified_publishes_no_second_verification()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        // Two certifications started before either was finished (two tabs), both passed at Alipay.
        var first = await AlipayCertifications.StartAndFinishAsync(candidate, emulator, "Pass");
        var second = await AlipayCertifications.StartAndFinishAsync(candidate, emulator, "Pass");

        Assert.Equal("Passed", (await candidate.Client.GetAsync($"/api/realname/me/alipay-certifications/{first}")).Json.GetProperty("status").GetString());
        var verifiedAt = (await candidate.Client.GetAsync("/api/realname/me/status")).Json.GetProperty("verifiedAt").GetDateTimeOffset();
        Assert.Equal("Passed", (await candidate.Client.GetAsync($"/api/realname/me/alipay-certifications/{second}")).Json.GetProperty("status").GetString());

        var status = await candidate.Client.GetAsync("/api/realname/me/status");
        Assert.Equal(verifiedAt, status.Json.GetProperty("verifiedAt").GetDateTimeOffset());
        // Written, published or not yet: the outbox holds one RealNameVerified, for the first certification.
        var written = await VerificationsWrittenAsync(candidate.UserId);
        Assert.Equal([first], written);
    }

    private static async Task<List<Guid>> VerificationsWrittenAsync(Guid userId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString("realname"));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT payload->>'verificationId' FROM outbox_messages WHERE message_type = @type AND payload->>'userId' = @id", connection);
        command.Parameters.AddWithValue("type", typeof(AccountingPlatform.Contracts.RealNameVerified).FullName!);
        command.Parameters.AddWithValue("id", userId.ToString());
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(Guid.Parse(reader.GetString(0)));
        return ids;
    }

    [Fact]
    public async Task Another_candidates_verification_is_not_found()
    {
        using var emulator = new EmulatorClient();
        using var owner = await Candidate.RegisterAsync(emulator);
        using var other = await Candidate.RegisterAsync(emulator);
        var id = await AlipayCertifications.StartAndFinishAsync(owner, emulator, "Pass");

        var peek = await other.Client.GetAsync($"/api/realname/me/alipay-certifications/{id}");
        Assert.Equal(HttpStatusCode.NotFound, peek.Status);
        Assert.Equal("REALNAME_VERIFICATION_NOT_FOUND", peek.ProblemCode);
        Assert.False((await other.Client.GetAsync("/api/realname/me/status")).Json.GetProperty("verified").GetBoolean());
    }
}
