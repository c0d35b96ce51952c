using System.Net.Http.Json;
using System.Text.Json;
using StackExchange.Redis;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// What a person does outside the platform: reads the captcha image (looked up where Identity keeps its answer, in
/// Redis), reads the SMS on the phone (the emulator's SMS sink), scans a face at Alipay and pays a QR code (the emulator).
/// </summary>
public sealed class Emulator(Uri emulator, IConnectionMultiplexer redis) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = emulator, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<string> CaptchaAnswerAsync(Guid captchaId) =>
        (string?)await redis.GetDatabase().StringGetAsync($"identity:captcha:{captchaId:N}") ?? throw new StepFailed("captcha", "no answer kept");

    /// <summary>The newest code sent to the phone (waits for the SMS to arrive).</summary>
    public async Task<string> SmsCodeAsync(string phone)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var messages = await CallAsync("sms", () => _http.GetFromJsonAsync<JsonElement>($"/emulator/sms/messages?phone={phone}"));
            foreach (var message in messages.EnumerateArray())
                if (message.GetProperty("templateParam").TryGetProperty("code", out var code)) return code.GetString()!;
            await Task.Delay(100);
        }
        throw new StepFailed("sms", $"no code reached {phone}");
    }

    public async Task CompleteCertificationAsync(string certifyUrl)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(certifyUrl).Query);
        var certifyId = JsonDocument.Parse(query["biz_content"]!).RootElement.GetProperty("certify_id").GetString();
        await CallAsync("alipay certification", async () =>
            (await _http.PostAsJsonAsync($"/emulator/alipay/certifications/{certifyId}/complete", new { outcome = "Pass" })).EnsureSuccessStatusCode());
    }

    public Task PayAlipayAsync(string outTradeNo) =>
        CallAsync("alipay payment", async () => (await _http.PostAsync($"/emulator/alipay/trades/{outTradeNo}/pay", null)).EnsureSuccessStatusCode());

    /// <summary>An emulator that does not answer as it should fails the step, like the platform would.</summary>
    private static async Task<T> CallAsync<T>(string step, Func<Task<T>> call)
    {
        try { return await call(); }
        catch (HttpRequestException e) { throw new StepFailed($"emulator: {step}", e.Message); }
    }

    public void Dispose() => _http.Dispose();
}
