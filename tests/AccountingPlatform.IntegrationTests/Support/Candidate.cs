using System.Net;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>A freshly registered and logged-in candidate with a client that carries its token.</summary>
public sealed record Candidate(Guid UserId, string Name, string IdNumber, string Phone, string Password, PlatformClient Client) : IDisposable
{
    public const string DefaultPassword = "Kuaiji@2024ok";

    public static async Task<Candidate> RegisterAsync(EmulatorClient emulator, string name = "张三")
    {
        var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var idNumber = TestIdentities.ResidentIdNumber();

        var sent = await client.PostAsync("/api/identity/sms-codes", new { phone, purpose = "Register" });
        Assert.True(sent.Status == HttpStatusCode.Accepted, $"sending an SMS code: {sent}");
        var code = await emulator.LatestSmsCodeAsync(phone);

        var registered = await client.PostAsync("/api/identity/users", new
        {
            certificateType = "ResidentIdCard", certificateNumber = idNumber, name, phone,
            password = DefaultPassword, confirmPassword = DefaultPassword, smsCode = code,
        });
        Assert.True(registered.Status == HttpStatusCode.Created, $"registering: {registered}");
        var userId = registered.Json.GetProperty("userId").GetGuid();

        client.AccessToken = await LoginAsync(client, phone, DefaultPassword);
        return new Candidate(userId, name, idNumber, phone, DefaultPassword, client);
    }

    public static async Task<string> LoginAsync(PlatformClient client, string account, string password)
    {
        var login = await client.PostAsync("/api/identity/tokens", new { account, password });
        Assert.True(login.Status == HttpStatusCode.OK, $"logging in: {login}");
        return login.Json.GetProperty("accessToken").GetString()!;
    }

    public void Dispose() => Client.Dispose();
}
