using System.Net.Http.Json;
using System.Text.Json;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The channel emulator's sinks and controls: read an SMS or an e-mail, finish an Alipay certification, pay a QR code, see a refund.</summary>
public sealed class EmulatorClient : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = PlatformEnvironment.EmulatorUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The code of the newest SMS to the phone received after <paramref name="since"/> (waits for it).</summary>
    public async Task<string> LatestSmsCodeAsync(string phone, DateTimeOffset? since = null)
    {
        var messages = await Eventually.GetAsync(
            () => _http.GetFromJsonAsync<JsonElement>($"/emulator/sms/messages?phone={phone}"),
            m => Codes(m).Any(c => since is null || c.GetProperty("receivedAt").GetDateTimeOffset() >= since),
            $"an SMS code to {phone}");
        return Codes(messages).First().GetProperty("templateParam").GetProperty("code").GetString()!;
    }

    // Newest first; only the messages that carry a code (a phone also gets notices, e.g. an enrollment's confirmation).
    private static IEnumerable<JsonElement> Codes(JsonElement messages) =>
        messages.EnumerateArray().Where(m => m.GetProperty("templateParam").TryGetProperty("code", out _));

    /// <summary>Every SMS to the phone, newest first.</summary>
    public async Task<JsonElement> SmsMessagesAsync(string phone) =>
        await _http.GetFromJsonAsync<JsonElement>($"/emulator/sms/messages?phone={phone}");

    public async Task<int> SmsCountAsync(string phone) =>
        (await _http.GetFromJsonAsync<JsonElement>($"/emulator/sms/messages?phone={phone}")).GetArrayLength();

    /// <summary>The e-mail the emulator's SMTP sink holds for <paramref name="address"/>, newest first (does not wait).</summary>
    public async Task<IReadOnlyList<ReceivedEmailView>> EmailsToAsync(string address) =>
        await _http.GetFromJsonAsync<List<ReceivedEmailView>>($"/emulator/email/messages?to={Uri.EscapeDataString(address)}", ApiJson.Options) ?? [];

    public async Task CompleteCertificationAsync(string certifyUrl, string outcome)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(certifyUrl).Query);
        var certifyId = JsonDocument.Parse(query["biz_content"]!).RootElement.GetProperty("certify_id").GetString();
        var response = await _http.PostAsJsonAsync($"/emulator/alipay/certifications/{certifyId}/complete", new { outcome });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The emulated Alipay's next reply to <paramref name="method"/> is altered after it was signed.</summary>
    public async Task TamperNextAlipayReplyAsync(string method) =>
        (await _http.PostAsync($"/emulator/alipay/tampering/{method}", null)).EnsureSuccessStatusCode();

    /// <summary>Alipay's gateway answers HTTP 503 to every call until <see cref="EndAlipayOutageAsync"/>.</summary>
    public async Task BeginAlipayOutageAsync() =>
        (await _http.PostAsync("/emulator/alipay/outage", null)).EnsureSuccessStatusCode();

    public async Task EndAlipayOutageAsync() =>
        (await _http.DeleteAsync("/emulator/alipay/outage")).EnsureSuccessStatusCode();

    /// <summary>The buyer pays; <paramref name="notify"/> false: Alipay's notification is late (<see cref="NotifyAgainAsync"/> sends it).</summary>
    public async Task<JsonElement> PayAsync(string outTradeNo, bool notify = true)
    {
        var response = await _http.PostAsync($"/emulator/alipay/trades/{outTradeNo}/pay{(notify ? "" : "?notify=false")}", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> NotifyAgainAsync(string outTradeNo)
    {
        var response = await _http.PostAsync($"/emulator/alipay/trades/{outTradeNo}/notify-again", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The emulated trade as the emulator's control API shows it: status, notifications, refunds.</summary>
    public Task<JsonElement> TradeAsync(string outTradeNo) =>
        _http.GetFromJsonAsync<JsonElement>($"/emulator/alipay/trades/{outTradeNo}");

    /// <summary>What Alipay has refunded on the trade so far, in yuan as Alipay writes it (<c>"120.00"</c>; <c>"0.00"</c> when nothing).</summary>
    public async Task<string> RefundedAmountAsync(string outTradeNo) =>
        (await TradeAsync(outTradeNo)).GetProperty("refundedAmount").GetString()!;

    /// <summary>The payer pays the WeChat Pay Native order; <paramref name="notify"/> false: the callback is late (never sent).</summary>
    public async Task<JsonElement> PayWeChatPayAsync(string outTradeNo, bool notify = true)
    {
        var response = await _http.PostAsync($"/emulator/wechatpay/trades/{outTradeNo}/pay{(notify ? "" : "?notify=false")}", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The emulated WeChat Pay trade: status, callbacks, refunds (<c>refundedFen</c>).</summary>
    public Task<JsonElement> WeChatPayTradeAsync(string outTradeNo) =>
        _http.GetFromJsonAsync<JsonElement>($"/emulator/wechatpay/trades/{outTradeNo}");

    /// <summary>The payer pays the UnionPay QR order (again: the notification is sent again); <paramref name="notify"/> false: the notification is lost.</summary>
    public async Task<JsonElement> PayUnionPayAsync(string orderId, bool notify = true)
    {
        var response = await _http.PostAsync($"/emulator/unionpay/orders/{orderId}/pay{(notify ? "" : "?notify=false")}", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The emulated UnionPay order: status, notifications, refunds (<c>refundedFen</c>).</summary>
    public Task<JsonElement> UnionPayOrderAsync(string orderId) =>
        _http.GetFromJsonAsync<JsonElement>($"/emulator/unionpay/orders/{orderId}");

    public void Dispose() => _http.Dispose();
}
