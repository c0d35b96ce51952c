using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Identity;

/// <summary>One account per certificate and per phone, under concurrency too; personal data never in the logs.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task Two_simultaneous_registrations_of_one_certificate_make_one_account()
    {
        using var emulator = new EmulatorClient();
        var idNumber = TestIdentities.ResidentIdNumber();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            var client = new PlatformClient();
            var phone = TestIdentities.Phone();
            var code = await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register");
            return (client, phone, code);
        }));

        var results = await Task.WhenAll(attempts.Select(a => a.client.PostAsync("/api/identity/users", new
        {
            certificateType = "ResidentIdCard", certificateNumber = idNumber, name = "钱七", a.phone,
            password = Candidate.DefaultPassword, confirmPassword = Candidate.DefaultPassword, smsCode = a.code,
        })));

        Assert.Single(results, r => r.Status == HttpStatusCode.Created);
        var refused = Assert.Single(results, r => r.Status != HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("IDENTITY_CERTIFICATE_TAKEN", refused.ProblemCode);
        foreach (var a in attempts) a.client.Dispose();
    }

    [Theory]
    [InlineData("HongKongMacaoPass", true)]
    [InlineData("Passport", true)]
    [InlineData("Passport", false)]
    [InlineData("ResidentIdCard", false)]
    public async Task Each_certificate_type_is_checked_by_its_own_format(string type, bool valid)
    {
        var digits = Random.Shared.NextInt64(0, 100_000_000).ToString("D8");
        var number = (type, valid) switch
        {
            ("HongKongMacaoPass", true) => "H" + digits,
            ("Passport", true) => "E" + digits,
            ("Passport", false) => "E1234-678",
            _ => "110105194912310021",   // a wrong GB 11643 check character
        };
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var code = await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register");
        var registered = await client.PostAsync("/api/identity/users", new
        {
            certificateType = type, certificateNumber = number, name = "孙八", phone,
            password = Candidate.DefaultPassword, confirmPassword = Candidate.DefaultPassword, smsCode = code,
        });
        Assert.True((valid ? HttpStatusCode.Created : HttpStatusCode.BadRequest) == registered.Status, registered.ToString());
        if (!valid) Assert.True(registered.Json.GetProperty("errors").TryGetProperty("certificateNumber", out _), registered.ToString());
    }

    [Fact]
    public async Task Certificate_numbers_and_phones_appear_in_no_log_only_masked()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var stranger = new PlatformClient();
        await Candidate.TryLogInAsync(stranger, candidate.IdNumber, "Wrong@2024pw");
        await Candidate.TryLogInAsync(stranger, candidate.Phone, "Wrong@2024pw");
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/realname/me/status"), r => r.Status == HttpStatusCode.OK, "RealName learns the candidate");

        // The platform's own processes (the emulator plays Alipay and the SMS provider, who do see the data).
        string[] processes = ["identity", "realname", "personnel", "review", "enrollment", "payment", "gateway"];
        var logs = processes.Select(p => PlatformLogs.PathOf(p)).Where(File.Exists).ToArray();
        Assert.NotEmpty(logs);
        // The logs reach their files a moment after they are written: wait for the masked failed login to be there.
        var masked = candidate.IdNumber[..6] + "********" + candidate.IdNumber[^4..];
        await Eventually.GetAsync(() => PlatformLogs.ReadAsync(PlatformLogs.PathOf("identity")), text => text.Contains("Failed login for " + masked, StringComparison.Ordinal),
            "the failed login by certificate number reaches the identity log, masked");
        foreach (var log in logs)
        {
            var text = await PlatformLogs.ReadAsync(log);
            Assert.DoesNotContain(candidate.IdNumber, text);
            Assert.DoesNotContain(candidate.Phone, text);
        }
    }
}
