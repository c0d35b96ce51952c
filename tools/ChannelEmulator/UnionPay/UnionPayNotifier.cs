using AccountingPlatform.Channels.UnionPay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// Posts the signed back-end notification to <c>backUrl</c> (a form, as UnionPay posts it). Only HTTP 200 with the body
/// <c>ok</c> counts as received (<see cref="UnionPayNotifyReader.Acknowledgement"/>; real UnionPay is understood to act on
/// the status 200, see there); anything else is retried a few times in the background, on
/// <see cref="EmulatorUnionPayOptions.RetryDelaysSeconds"/>. UnionPay's real retry schedule could not be confirmed
/// from the searchable material; the merchant must not rely on it and queries (queryTrans) when no notification came.
/// </summary>
public sealed class UnionPayNotifier(
    UnionPayPlatform platform,
    IOptions<EmulatorUnionPayOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<UnionPayNotifier> logger) : IDisposable
{
    private const int MaxResponseLength = 500;

    // Its own client, not the factory's: a resilience handler's retries would blur one POST per attempt.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    /// <summary>Notifies the payment of <paramref name="order"/> and returns the first attempt; retries go on in the background.</summary>
    public async Task<UnionPayNotifyAttempt> NotifyPaymentAsync(QrOrder order, CancellationToken ct)
    {
        var form = UnionPayNotifyForm.ForPayment(order, platform);
        var first = await DeliverAsync(order, order.BackUrl, form, attempt: 1, ct);
        if (!first.Acknowledged)
            _ = Task.Run(() => RetryAsync(order, order.BackUrl, form, lifetime.ApplicationStopping), CancellationToken.None);
        return first;
    }

    /// <summary>Notifies a refund in the background (UnionPay notifies refunds to the refund's own backUrl).</summary>
    public void NotifyRefundInBackground(QrOrder order, QrOrderRefund refund, string backUrl)
    {
        var form = UnionPayNotifyForm.ForRefund(order, refund, platform);
        _ = Task.Run(async () =>
        {
            var first = await DeliverAsync(order, backUrl, form, attempt: 1, lifetime.ApplicationStopping);
            if (!first.Acknowledged)
                await RetryAsync(order, backUrl, form, lifetime.ApplicationStopping);
        }, CancellationToken.None);
    }

    private async Task RetryAsync(QrOrder order, string url, IReadOnlyDictionary<string, string> form, CancellationToken stopping)
    {
        var attempt = 1;
        try
        {
            foreach (var seconds in options.Value.RetryDelaysSeconds)
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), time, stopping);
                if ((await DeliverAsync(order, url, form, ++attempt, stopping)).Acknowledged)
                    return;
            }
            logger.LogWarning("Gave up notifying {OrderId} after {Attempts} attempts", form["orderId"], attempt);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task<UnionPayNotifyAttempt> DeliverAsync(
        QrOrder order, string url, IReadOnlyDictionary<string, string> form, int attempt, CancellationToken ct)
    {
        var sentAt = time.GetUtcNow();
        UnionPayNotifyAttempt result;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            using var response = await _http.PostAsync(url, content, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var acknowledged = response.IsSuccessStatusCode && body == UnionPayNotifyReader.Acknowledgement;
            result = new UnionPayNotifyAttempt(form["orderId"], attempt, sentAt, (int)response.StatusCode, Truncate(body), acknowledged);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            result = new UnionPayNotifyAttempt(form["orderId"], attempt, sentAt, null, Truncate(ex.Message), false);
        }

        order.Record(result);
        logger.LogInformation("Notified {OrderId} (attempt {Attempt}) to {Url}: {Status} acknowledged={Acknowledged}",
            result.OrderId, attempt, url, result.StatusCode, result.Acknowledged);
        return result;
    }

    private static string Truncate(string text) => text.Length <= MaxResponseLength ? text : text[..MaxResponseLength] + "…";

    public void Dispose() => _http.Dispose();
}
