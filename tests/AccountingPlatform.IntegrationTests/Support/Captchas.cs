using System.Net;
using StackExchange.Redis;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// Gets a captcha through the gateway and reads it as the person in front of the screen would. A test cannot read the
/// image, so it looks the answer up where Identity keeps it (Redis), after checking it got a real PNG.
/// </summary>
public static class Captchas
{
    /// <summary>
    /// The tests' one connection to the platform's Redis. A first connect that is slow (a loaded CI machine) never
    /// fails it for the rest of the run: it keeps connecting, and a command waits up to 15 s for it.
    /// </summary>
    internal static readonly Lazy<ConnectionMultiplexer> Redis = new(ConnectToRedis);

    private static ConnectionMultiplexer ConnectToRedis()
    {
        var options = ConfigurationOptions.Parse(PlatformEnvironment.RedisConnectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = options.AsyncTimeout = options.SyncTimeout = 15_000;
        return ConnectionMultiplexer.Connect(options);
    }

    public static async Task<(Guid CaptchaId, string CaptchaCode)> SolveAsync(PlatformClient client)
    {
        var response = await client.PostAsync("/api/identity/captchas");
        Assert.True(response.Status == HttpStatusCode.Created, $"getting a captcha: {response}");
        var image = response.Json.GetProperty("image").GetString()!;
        Assert.StartsWith("data:image/png;base64,", image);
        var png = Convert.FromBase64String(image["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);

        var id = response.Json.GetProperty("captchaId").GetGuid();
        var answer = await Redis.Value.GetDatabase().StringGetAsync($"identity:captcha:{id:N}");
        Assert.False(answer.IsNullOrEmpty, "the captcha's answer is kept until it is used");
        return (id, answer!);
    }

    /// <summary>A captcha answered wrongly on purpose: the right answer with its first character changed.</summary>
    public static async Task<(Guid CaptchaId, string CaptchaCode)> SolveWronglyAsync(PlatformClient client)
    {
        var (id, code) = await SolveAsync(client);
        return (id, (code[0] == '2' ? '3' : '2') + code[1..]);
    }
}
