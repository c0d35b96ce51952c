using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Identity;

/// <summary>
/// Logging in with phone or certificate number, the captcha in front of it, and what wrong passwords do
/// (<c>services/Identity/Accounts/LoginLockout.cs</c>): a lock per account and address, an SMS code to the owner's phone.
/// </summary>
public sealed class LoginTests
{
    [Fact]
    public async Task A_candidate_logs_in_with_phone_or_certificate_number_and_sees_their_own_unmasked_data()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator, "王小明");

        using var byCertificate = new PlatformClient();
        await Candidate.LogInAsync(byCertificate, candidate.IdNumber.ToLowerInvariant(), candidate.Password);
        var me = await byCertificate.GetAsync("/api/identity/users/me");
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(candidate.Phone, me.Json.GetProperty("phone").GetString());
        Assert.Equal(candidate.IdNumber, me.Json.GetProperty("certificateNumber").GetString());
        Assert.Equal("王小明", me.Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Login_needs_a_captcha_and_a_wrong_or_reused_captcha_is_refused_with_its_own_code()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var client = new PlatformClient();

        var none = await client.PostAsync("/api/identity/tokens", new { account = candidate.Phone, password = candidate.Password });
        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Equal("IDENTITY_CAPTCHA_REQUIRED", none.ProblemCode);

        var (wrongId, wrongCode) = await Captchas.SolveWronglyAsync(client);
        var wrong = await client.PostAsync("/api/identity/tokens", new { account = candidate.Phone, password = candidate.Password, captchaId = wrongId, captchaCode = wrongCode });
        Assert.Equal("IDENTITY_CAPTCHA_INVALID", wrong.ProblemCode);

        var (id, code) = await Captchas.SolveAsync(client);
        var first = await client.PostAsync("/api/identity/tokens", new { account = candidate.Phone, password = candidate.Password, captchaId = id, captchaCode = code.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var reused = await client.PostAsync("/api/identity/tokens", new { account = candidate.Phone, password = candidate.Password, captchaId = id, captchaCode = code });
        Assert.Equal("IDENTITY_CAPTCHA_EXPIRED", reused.ProblemCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_from_that_address_only_and_the_owner_still_gets_in()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var attacker = new PlatformClient();

        for (var i = 1; i < 5; i++)
        {
            var wrong = await Candidate.TryLogInAsync(attacker, candidate.Phone, "Wrong@2024pw");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
            Assert.Equal("IDENTITY_CREDENTIALS_INVALID", wrong.ProblemCode);
        }
        var locking = await Candidate.TryLogInAsync(attacker, candidate.Phone, "Wrong@2024pw");
        Assert.Equal(HttpStatusCode.Locked, locking.Status);
        Assert.Equal("IDENTITY_ACCOUNT_LOCKED", locking.ProblemCode);
        Assert.Contains("北京时间", locking.Json.GetProperty("detail").GetString());
        Assert.Contains("短信验证码", locking.Json.GetProperty("detail").GetString());
        Assert.InRange(locking.Raw.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 14, 15);

        // From the locked address no password is evaluated any more: even the right one (by phone or certificate) is not.
        Assert.Equal("IDENTITY_ACCOUNT_LOCKED", (await Candidate.TryLogInAsync(attacker, candidate.IdNumber, candidate.Password)).ProblemCode);
        Assert.Equal("IDENTITY_ACCOUNT_LOCKED", (await Candidate.TryLogInAsync(attacker, candidate.Phone, candidate.Password)).ProblemCode);

        // The owner, from their own device, is not locked out.
        using var owner = new PlatformClient();
        await Candidate.LogInAsync(owner, candidate.Phone, candidate.Password);

        // The attacker's address is still locked after the owner's login.
        Assert.Equal("IDENTITY_ACCOUNT_LOCKED", (await Candidate.TryLogInAsync(attacker, candidate.Phone, "Wrong@2024pw")).ProblemCode);
    }

    [Fact]
    public async Task The_owner_behind_a_locked_address_gets_in_with_an_SMS_code_that_a_guesser_elsewhere_cannot_burn()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var sharedAddress = new PlatformClient();   // e.g. one exam hall's NAT, shared with whoever tried to lock the owner out
        for (var i = 0; i < 5; i++) await Candidate.TryLogInAsync(sharedAddress, candidate.Phone, "Wrong@2024pw");
        Assert.Equal(HttpStatusCode.Locked, (await Candidate.TryLogInAsync(sharedAddress, candidate.Phone, candidate.Password)).Status);

        await Candidate.LetAMinutePassForSmsAsync(candidate.Phone);
        var code = await Candidate.SendSmsCodeAsync(sharedAddress, emulator, candidate.Phone, "Login");

        // Five wrong codes from another address do not touch the code, which is bound to the address that asked for it.
        using var guesser = new PlatformClient();
        for (var i = 0; i < 5; i++) await Candidate.TryLogInAsync(guesser, candidate.Phone, "Wrong@2024pw");   // locks the guesser's own address
        for (var i = 0; i < 5; i++)
        {
            var guess = await Candidate.TryLogInAsync(guesser, candidate.Phone, candidate.Password, code == "000000" ? "111111" : "000000");
            Assert.Equal("IDENTITY_SMS_CODE_INVALID", guess.ProblemCode);
        }
        // Even the owner's code itself is useless from elsewhere.
        Assert.Equal("IDENTITY_SMS_CODE_INVALID", (await Candidate.TryLogInAsync(guesser, candidate.Phone, candidate.Password, code)).ProblemCode);

        var wrongPassword = await Candidate.TryLogInAsync(sharedAddress, candidate.Phone, "Wrong@2024pw", code);
        Assert.Equal("IDENTITY_CREDENTIALS_INVALID", wrongPassword.ProblemCode);   // the code is used up by that attempt
        await Candidate.LetAMinutePassForSmsAsync(candidate.Phone);
        code = await Candidate.SendSmsCodeAsync(sharedAddress, emulator, candidate.Phone, "Login");
        var login = await Candidate.TryLogInAsync(sharedAddress, candidate.Phone, candidate.Password, code);
        Assert.True(login.Status == HttpStatusCode.OK, login.ToString());
    }

    [Fact]
    public async Task Guesses_spread_over_addresses_make_the_account_ask_for_the_owners_SMS_code_and_no_password_is_evaluated_without_it()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        for (var a = 0; a < 2; a++)
        {
            using var attacker = new PlatformClient();
            for (var i = 0; i < 5; i++) await Candidate.TryLogInAsync(attacker, candidate.Phone, $"Wrong@2024pw{a}{i}");
        }

        // Ten wrong passwords in all: from a fresh address, no password is evaluated without a code to the owner's phone.
        using var freshAttacker = new PlatformClient();
        var right = await Candidate.TryLogInAsync(freshAttacker, candidate.Phone, candidate.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.Status);
        Assert.Equal("IDENTITY_LOGIN_SMS_REQUIRED", right.ProblemCode);
        Assert.Contains("短信验证码", right.Json.GetProperty("detail").GetString());
        Assert.Equal("IDENTITY_SMS_CODE_INVALID", (await Candidate.TryLogInAsync(freshAttacker, candidate.Phone, candidate.Password, "123456")).ProblemCode);

        // The owner, from anywhere: captcha, password and the code sent to their phone.
        using var owner = new PlatformClient();
        Assert.Equal("IDENTITY_LOGIN_SMS_REQUIRED", (await Candidate.TryLogInAsync(owner, candidate.IdNumber, candidate.Password)).ProblemCode);
        await Candidate.LetAMinutePassForSmsAsync(candidate.Phone);
        var code = await Candidate.SendSmsCodeAsync(owner, emulator, candidate.Phone, "Login");
        var login = await Candidate.TryLogInAsync(owner, candidate.IdNumber, candidate.Password, code);
        Assert.True(login.Status == HttpStatusCode.OK, login.ToString());
        owner.AccessToken = login.Json.GetProperty("accessToken").GetString();
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/identity/users/me")).Status);
    }

    [Fact]
    public async Task A_login_code_for_a_phone_without_an_account_is_answered_alike_and_not_sent()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var sent = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose = "Login", captchaId, captchaCode });
        Assert.Equal(HttpStatusCode.Accepted, sent.Status);
        Assert.Equal(0, await emulator.SmsCountAsync(phone));
    }

    [Fact]
    public async Task Wrong_passwords_below_the_limit_are_forgotten_after_a_successful_login()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var client = new PlatformClient();
        for (var i = 0; i < 4; i++) await Candidate.TryLogInAsync(client, candidate.Phone, "Wrong@2024pw");
        await Candidate.LogInAsync(client, candidate.Phone, candidate.Password);
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Candidate.TryLogInAsync(client, candidate.Phone, "Wrong@2024pw")).Status);
        await Candidate.LogInAsync(client, candidate.Phone, candidate.Password);
    }

    [Fact]
    public async Task A_login_flood_from_one_client_address_is_throttled_at_the_gateway()
    {
        using var client = new PlatformClient();
        ApiResponse? throttled = null;
        for (var i = 0; i < 200 && throttled is null; i++)
        {
            var response = await client.PostAsync("/api/identity/tokens", new { account = "13800000000", password = "x" });
            if (response.Status == HttpStatusCode.TooManyRequests) throttled = response;
        }
        Assert.NotNull(throttled);
        Assert.Equal("GATEWAY_TOO_MANY_REQUESTS", throttled.ProblemCode);
    }

    [Fact]
    public async Task Two_certificates_of_different_types_with_one_number_each_log_in_to_their_own_account_when_the_type_is_given()
    {
        using var emulator = new EmulatorClient();
        var number = Random.Shared.Next(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture); // a 台湾居民来往大陆通行证 and a passport number alike
        const string taiwanPassword = "Taiwan@2024ok", passportPassword = "Passport@2024ok";
        using var registrar = new PlatformClient();
        foreach (var (type, password) in new[] { ("TaiwanPass", taiwanPassword), ("Passport", passportPassword) })
        {
            var phone = TestIdentities.Phone();
            var code = await Candidate.SendSmsCodeAsync(registrar, emulator, phone, "Register");
            var registered = await registrar.PostAsync("/api/identity/users", new
            {
                certificateType = type, certificateNumber = number, name = "陈大文", phone, password, confirmPassword = password, smsCode = code,
            });
            Assert.True(registered.Status == HttpStatusCode.Created, $"registering the {type}: {registered}");
        }

        using var client = new PlatformClient();
        var ambiguous = await Candidate.TryLogInAsync(client, number, taiwanPassword);
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.Status);
        Assert.Equal("IDENTITY_CERTIFICATE_TYPE_REQUIRED", ambiguous.ProblemCode);

        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var wrongType = await client.PostAsync("/api/identity/tokens", new { account = number, password = taiwanPassword, certificateType = "Passport", captchaId, captchaCode });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongType.Status);

        (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var login = await client.PostAsync("/api/identity/tokens", new { account = number, password = taiwanPassword, certificateType = "TaiwanPass", captchaId, captchaCode });
        Assert.True(login.Status == HttpStatusCode.OK, login.ToString());
        client.AccessToken = login.Json.GetProperty("accessToken").GetString();
        var me = await client.GetAsync("/api/identity/users/me");
        Assert.Equal("TaiwanPass", me.Json.GetProperty("certificateType").GetString());
        Assert.Equal(number, me.Json.GetProperty("certificateNumber").GetString());
    }
}
