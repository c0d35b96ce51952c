using System.Net;
using AccountingPlatform.IntegrationTests.Support;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.IntegrationTests.Identity;

/// <summary>Before paying: a phone proved by SMS code and an e-mail address give a short-lived signed contact token.</summary>
public sealed class PaymentContactTests
{
    [Fact]
    public async Task A_candidate_proves_another_phone_and_gets_a_token_naming_it_and_the_email()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var phone = TestIdentities.Phone();
        var email = $"pay-{Guid.NewGuid():N}@example.cn";
        var smsCode = await PaymentContacts.SendCodeAsync(candidate, emulator, phone);

        var issued = await candidate.Client.PostAsync(PaymentContacts.Path, new { phone, smsCode, email });
        Assert.True(issued.Status == HttpStatusCode.Created, issued.ToString());
        Assert.Equal(phone, issued.Json.GetProperty("phone").GetString());
        Assert.Equal(email, issued.Json.GetProperty("email").GetString());
        var expiresAt = issued.Json.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - PlatformEnvironment.Now, TimeSpan.FromMinutes(28), TimeSpan.FromMinutes(31));

        var payload = PaymentContacts.Payload(issued.Json.GetProperty("contactToken").GetString()!);
        Assert.Equal(PaymentContactClaims.Audience, payload.GetProperty("aud").GetString());
        Assert.Equal(candidate.UserId, payload.GetProperty("sub").GetGuid());
        Assert.Equal(phone, payload.GetProperty(PaymentContactClaims.Phone).GetString());
        Assert.Equal(email, payload.GetProperty(PaymentContactClaims.Email).GetString());
        Assert.Equal(PaymentContactClaims.LifetimeMinutes * 60, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
        Assert.False(string.IsNullOrEmpty(payload.GetProperty("jti").GetString()));

        var again = await candidate.Client.PostAsync(PaymentContacts.Path, new { phone, smsCode, email });
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("IDENTITY_SMS_CODE_INVALID", again.ProblemCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var phone = TestIdentities.Phone();
        var code = await PaymentContacts.SendCodeAsync(candidate, emulator, phone);

        var wrong = await candidate.Client.PostAsync(PaymentContacts.Path,
            new { phone, smsCode = code == "000000" ? "111111" : "000000", email = "pay@example.cn" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("IDENTITY_SMS_CODE_INVALID", wrong.ProblemCode);
        Assert.Equal("短信验证码错误或已失效，请重新获取", wrong.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_bad_email_and_a_bad_phone_are_named_field_by_field()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);

        var badEmail = await candidate.Client.PostAsync(PaymentContacts.Path, new { phone = TestIdentities.Phone(), smsCode = "123456", email = "not-an-address" });
        Assert.Equal(HttpStatusCode.BadRequest, badEmail.Status);
        Assert.Equal("IDENTITY_PAYMENT_CONTACT_INVALID", badEmail.ProblemCode);
        var errors = badEmail.Json.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _), badEmail.ToString());
        Assert.False(errors.TryGetProperty("phone", out _), badEmail.ToString());

        var both = await candidate.Client.PostAsync(PaymentContacts.Path, new { phone = "12345", smsCode = "123456" });
        Assert.Equal("IDENTITY_PAYMENT_CONTACT_INVALID", both.ProblemCode);
        Assert.True(both.Json.GetProperty("errors").TryGetProperty("phone", out _), both.ToString());
        Assert.True(both.Json.GetProperty("errors").TryGetProperty("email", out _), both.ToString());
    }

    [Fact]
    public async Task Nobody_signed_out_gets_a_code_or_a_token()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();

        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var code = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose = "PaymentContact", captchaId, captchaCode });
        Assert.Equal(HttpStatusCode.Unauthorized, code.Status);
        Assert.Equal("IDENTITY_UNAUTHENTICATED", code.ProblemCode);
        Assert.Equal(0, await emulator.SmsCountAsync(phone));

        var token = await client.PostAsync(PaymentContacts.Path, new { phone, smsCode = "123456", email = "pay@example.cn" });
        Assert.Equal(HttpStatusCode.Unauthorized, token.Status);
        Assert.Equal("IDENTITY_UNAUTHENTICATED", token.ProblemCode);
    }

    [Fact]
    public async Task The_support_helper_does_the_whole_step()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var token = await PaymentContacts.VerifyAsync(candidate, emulator, email: "receipt@example.cn");
        var payload = PaymentContacts.Payload(token);
        Assert.Equal(candidate.UserId, payload.GetProperty("sub").GetGuid());
        Assert.Equal("receipt@example.cn", payload.GetProperty(PaymentContactClaims.Email).GetString());
    }
}
