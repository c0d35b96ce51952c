using System.Net;
using AccountingPlatform.IntegrationTests.Support;
using StackExchange.Redis;

namespace AccountingPlatform.IntegrationTests.Identity;

/// <summary>SMS codes: a captcha first, one a minute per phone, daily caps, a few wrong tries burn the code.</summary>
public sealed class SmsCodeTests
{
    [Fact]
    public async Task No_code_is_sent_without_a_captcha()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var response = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose = "Register" });
        Assert.Equal("IDENTITY_CAPTCHA_REQUIRED", response.ProblemCode);
        Assert.Equal(0, await emulator.SmsCountAsync(phone));
    }

    [Fact]
    public async Task A_second_code_within_a_minute_is_refused_with_retry_after()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register");

        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var again = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose = "Register", captchaId, captchaCode });
        Assert.Equal(HttpStatusCode.TooManyRequests, again.Status);
        Assert.Equal("IDENTITY_SMS_TOO_FREQUENT", again.ProblemCode);
        Assert.InRange(again.Raw.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(1, await emulator.SmsCountAsync(phone));
    }

    [Fact]
    public async Task A_phone_or_a_client_address_that_used_up_its_daily_codes_gets_no_more_today()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var day = PlatformEnvironment.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd");
        var redis = Captchas.Redis.Value;

        // As if the phone had already had its ten codes today.
        var phone = TestIdentities.Phone();
        await redis.GetDatabase().StringSetAsync($"identity:sms:daily:{day}:phone:{phone}", 10, TimeSpan.FromMinutes(5));
        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var refused = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose = "Register", captchaId, captchaCode });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("IDENTITY_SMS_DAILY_LIMIT", refused.ProblemCode);
        Assert.Equal(0, await emulator.SmsCountAsync(phone));

        // As if this client address had already asked for fifty. The cap is the address the client connects from:
        // another address claimed in X-Forwarded-For changes nothing, and the log names the real one.
        await redis.GetDatabase().StringSetAsync($"identity:sms:daily:{day}:address:{client.ClientAddress}", 50, TimeSpan.FromMinutes(5));
        var otherPhone = TestIdentities.Phone();
        var forged = $"203.0.113.{Random.Shared.Next(1, 255)}";
        (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var fromAddress = await client.SendAsync(HttpMethod.Post, "/api/identity/sms-codes", new { phone = otherPhone, purpose = "Register", captchaId, captchaCode },
            r => r.Headers.Add("X-Forwarded-For", forged));
        Assert.Equal("IDENTITY_SMS_DAILY_LIMIT", fromAddress.ProblemCode);
        Assert.Equal(0, await emulator.SmsCountAsync(otherPhone));
        Assert.False(await redis.GetDatabase().KeyExistsAsync($"identity:sms:daily:{day}:address:{forged}"));
        var log = await Eventually.GetAsync(() => PlatformLogs.ReadAsync(PlatformLogs.PathOf("identity")),
            text => text.Contains($"Client address {client.ClientAddress} reached its daily SMS cap", StringComparison.Ordinal), "the cap logged with the real address");
        Assert.DoesNotContain(forged, log);
    }

    [Fact]
    public async Task Five_wrong_codes_burn_the_code_so_the_right_one_no_longer_works()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var idNumber = TestIdentities.ResidentIdNumber();
        var code = await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register");
        var wrong = code == "000000" ? "111111" : "000000";

        object Form(string smsCode) => new
        {
            certificateType = "ResidentIdCard", certificateNumber = idNumber, name = "赵六", phone,
            password = Candidate.DefaultPassword, confirmPassword = Candidate.DefaultPassword, smsCode,
        };
        for (var i = 0; i < 5; i++)
            Assert.Equal("IDENTITY_SMS_CODE_INVALID", (await client.PostAsync("/api/identity/users", Form(wrong))).ProblemCode);
        Assert.Equal("IDENTITY_SMS_CODE_INVALID", (await client.PostAsync("/api/identity/users", Form(code))).ProblemCode);
    }

    [Fact]
    public async Task Captchas_live_three_minutes_and_SMS_codes_five()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var db = Captchas.Redis.Value.GetDatabase();

        var captcha = await client.PostAsync("/api/identity/captchas");
        var captchaTtl = await db.KeyTimeToLiveAsync($"identity:captcha:{captcha.Json.GetProperty("captchaId").GetGuid():N}");
        Assert.InRange(captchaTtl!.Value.TotalSeconds, 170, 180);
        Assert.Equal(180, captcha.Json.GetProperty("expiresInSeconds").GetInt32());

        var phone = TestIdentities.Phone();
        await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register");
        var codeTtl = await db.KeyTimeToLiveAsync($"identity:sms:Register:{phone}");
        Assert.InRange(codeTtl!.Value.TotalSeconds, 290, 300);
    }
}
