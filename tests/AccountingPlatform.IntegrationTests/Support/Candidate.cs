using System.Net;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>A freshly registered and logged-in candidate with a client that carries its token.</summary>
public sealed record Candidate(Guid UserId, string Name, string IdNumber, string Phone, string Password, PlatformClient Client) : IDisposable
{
    public const string DefaultPassword = "Kuaiji@2024ok";

    /// <summary>The contact token of the pre-pay step once taken (<see cref="PaymentOrders.ContactTokenAsync"/>); valid 30 minutes.</summary>
    public string? PaymentContactToken { get; set; }

    public static async Task<Candidate> RegisterAsync(EmulatorClient emulator, string name = "张三")
    {
        var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var idNumber = TestIdentities.ResidentIdNumber();
        var code = await SendSmsCodeAsync(client, emulator, phone, "Register");

        var registered = await client.PostAsync("/api/identity/users", new
        {
            certificateType = "ResidentIdCard", certificateNumber = idNumber, name, phone,
            password = DefaultPassword, confirmPassword = DefaultPassword, smsCode = code,
        });
        Assert.True(registered.Status == HttpStatusCode.Created, $"registering: {registered}");
        var userId = registered.Json.GetProperty("userId").GetGuid();

        await LogInAsync(client, phone, DefaultPassword);
        return new Candidate(userId, name, idNumber, phone, DefaultPassword, client);
    }

    /// <summary>Solves a captcha, asks for an SMS code and reads it from the SMS sink.</summary>
    public static async Task<string> SendSmsCodeAsync(PlatformClient client, EmulatorClient emulator, string phone, string purpose)
    {
        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        var since = PlatformEnvironment.Now.AddSeconds(-1);
        var sent = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose, captchaId, captchaCode });
        Assert.True(sent.Status == HttpStatusCode.Accepted, $"sending an SMS code: {sent}");
        return await emulator.LatestSmsCodeAsync(phone, since);
    }

    /// <summary>As if the minute between two codes to one phone had passed (it is kept in Identity's Redis).</summary>
    public static Task LetAMinutePassForSmsAsync(string phone) =>
        Captchas.Redis.Value.GetDatabase().KeyDeleteAsync($"identity:sms:cooldown:{phone}");

    /// <summary>Logs in with a solved captcha (and a <c>Login</c> SMS code when given); the response as it came.</summary>
    public static async Task<ApiResponse> TryLogInAsync(PlatformClient client, string account, string password, string? smsCode = null)
    {
        var (captchaId, captchaCode) = await Captchas.SolveAsync(client);
        return await client.PostAsync("/api/identity/tokens", new { account, password, captchaId, captchaCode, smsCode });
    }

    /// <summary>Logs in and keeps the tokens on the client.</summary>
    public static async Task LogInAsync(PlatformClient client, string account, string password)
    {
        var login = await TryLogInAsync(client, account, password);
        Assert.True(login.Status == HttpStatusCode.OK, $"logging in: {login}");
        client.AccessToken = login.Json.GetProperty("accessToken").GetString();
        client.RefreshToken = login.Json.GetProperty("refreshToken").GetString();
    }

    public void Dispose() => Client.Dispose();
}
