using System.Net.Http.Headers;
using AccountingPlatform.Channels.Alipay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// Posts Alipay's asynchronous <c>trade_status_sync</c> notification to the trade's notify_url. Anything but the
/// plain text <c>success</c> counts as not received, and the delivery is retried in the background.
/// </summary>
public sealed class TradeNotifier(
    AlipayPlatform platform,
    IOptions<EmulatorAlipayOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<TradeNotifier> logger) : IDisposable
{
    private const int MaxResponseLength = 500;

    // Its own client, not the factory's: the defaults add a resilience handler whose retries would blur
    // Alipay's behaviour (one POST per attempt, on the emulator's own retry schedule).
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    /// <summary>Makes a new delivery (a new notify_id) and returns its first attempt; null when the trade has no notify_url.</summary>
    public async Task<NotificationAttempt?> NotifyAsync(EmulatedTrade trade, CancellationToken ct)
    {
        if (trade.NotifyUrl is not { } url)
            return null;

        var form = TradeNotificationForm.Build(trade, platform, time.GetUtcNow());
        var first = await DeliverAsync(trade, url, form, attempt: 1, ct);
        if (!first.Acknowledged)
            _ = Task.Run(() => RetryAsync(trade, url, form, lifetime.ApplicationStopping), CancellationToken.None);
        return first;
    }

    private async Task RetryAsync(EmulatedTrade trade, string url, IReadOnlyDictionary<string, string> form, CancellationToken stopping)
    {
        var attempt = 1;
        try
        {
            foreach (var seconds in options.Value.RetryDelaysSeconds)
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), time, stopping);
                var result = await DeliverAsync(trade, url, form, ++attempt, stopping);
                if (result.Acknowledged)
                    return;
            }
            logger.LogWarning("Gave up notifying {OutTradeNo} after {Attempts} attempts", trade.OutTradeNo, attempt);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task<NotificationAttempt> DeliverAsync(
        EmulatedTrade trade, string url, IReadOnlyDictionary<string, string> form, int attempt, CancellationToken ct)
    {
        var notifyId = form["notify_id"];
        var sentAt = time.GetUtcNow();
        NotificationAttempt result;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
            using var response = await _http.PostAsync(url, content, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            // Alipay wants exactly these 7 characters; "\"success\"" (a JSON string) is not an acknowledgement.
            var acknowledged = response.IsSuccessStatusCode && body == "success";
            result = new NotificationAttempt(notifyId, attempt, sentAt, (int)response.StatusCode, Truncate(body), acknowledged);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            result = new NotificationAttempt(notifyId, attempt, sentAt, null, Truncate(ex.Message), false);
        }

        trade.Record(result);
        logger.LogInformation("Notified {OutTradeNo} (attempt {Attempt}) to {Url}: {Status} acknowledged={Acknowledged}",
            trade.OutTradeNo, attempt, url, result.StatusCode, result.Acknowledged);
        return result;
    }

    private static string Truncate(string text) => text.Length <= MaxResponseLength ? text : text[..MaxResponseLength] + "…";

    public void Dispose() => _http.Dispose();
}
