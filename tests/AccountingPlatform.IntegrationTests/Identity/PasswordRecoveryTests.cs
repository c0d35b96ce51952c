using AccountingPlatform.Contracts;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Identity;

/// <summary>找回密码: certificate number + phone + SMS code → a new password, every session ended, the account's failed logins forgotten.</summary>
public sealed class PasswordRecoveryTests
{
    [Fact]
    public async Task A_locked_out_candidate_recovers_the_account_by_SMS_and_old_sessions_end()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var stranger = new PlatformClient();
        for (var i = 0; i < 5; i++) await Candidate.TryLogInAsync(stranger, candidate.Phone, "Wrong@2024pw");
        Assert.Equal(HttpStatusCode.Locked, (await Candidate.TryLogInAsync(stranger, candidate.Phone, candidate.Password)).Status);

        using var device = new PlatformClient();
        await Candidate.LetAMinutePassForSmsAsync(candidate.Phone);
        var code = await Candidate.SendSmsCodeAsync(device, emulator, candidate.Phone, "ResetPassword");
        var reset = await device.PostAsync("/api/identity/password-resets", new
        {
            certificateNumber = candidate.IdNumber, phone = candidate.Phone, smsCode = code,
            newPassword = "Zhaohui@2025", confirmPassword = "Zhaohui@2025",
        });
        Assert.Equal(HttpStatusCode.NoContent, reset.Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await candidate.Client.GetAsync("/api/identity/users/me")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Candidate.TryLogInAsync(device, candidate.Phone, candidate.Password)).Status);
        await Candidate.LogInAsync(device, candidate.Phone, "Zhaohui@2025");
        var published = Assert.Single(await Eventually.GetAsync(() => Outbox.PublishedAsync<PasswordReset>("identity", "userId", candidate.UserId),
            e => e.Count > 0, "PasswordReset published"));
        Assert.DoesNotContain(candidate.Phone, published.ToString());

        // The code was used up.
        var again = await device.PostAsync("/api/identity/password-resets", new
        {
            certificateNumber = candidate.IdNumber, phone = candidate.Phone, smsCode = code,
            newPassword = "Zhaohui@2026", confirmPassword = "Zhaohui@2026",
        });
        Assert.Equal("IDENTITY_SMS_CODE_INVALID", again.ProblemCode);
    }

    [Fact]
    public async Task Someone_elses_certificate_number_with_ones_own_phone_changes_nothing()
    {
        using var emulator = new EmulatorClient();
        using var victim = await Candidate.RegisterAsync(emulator);
        using var attacker = await Candidate.RegisterAsync(emulator);

        await Candidate.LetAMinutePassForSmsAsync(attacker.Phone);
        var code = await Candidate.SendSmsCodeAsync(attacker.Client, emulator, attacker.Phone, "ResetPassword");
        var reset = await attacker.Client.PostAsync("/api/identity/password-resets", new
        {
            certificateNumber = victim.IdNumber, phone = attacker.Phone, smsCode = code,
            newPassword = "Qiangzhan@2025", confirmPassword = "Qiangzhan@2025",
        });
        Assert.Equal(HttpStatusCode.BadRequest, reset.Status);
        Assert.Equal("IDENTITY_ACCOUNT_MISMATCH", reset.ProblemCode);

        using var check = new PlatformClient();
        await Candidate.LogInAsync(check, victim.Phone, victim.Password);
        await Candidate.LogInAsync(check, attacker.Phone, attacker.Password);
    }

    [Fact]
    public async Task Recovery_for_a_phone_without_an_account_answers_the_same_but_sends_nothing()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var sent = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose = "ResetPassword", captchaId, captchaCode });
        Assert.Equal(HttpStatusCode.Accepted, sent.Status);
        await Task.Delay(500);
        Assert.Equal(0, await emulator.SmsCountAsync(phone));
    }
}
