using System.Text;
using System.Text.Json.Nodes;
using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>
/// Posts the payment callback (<c>TRANSACTION.SUCCESS</c>) to the trade's notify_url: the transaction encrypted with
/// the merchant's APIv3key (AEAD_AES_256_GCM, associated_data <c>transaction</c>), the body signed with the platform
/// key. Only HTTP 200 or 204 counts as received ("接收成功：HTTP应答状态码需返回200或204"); anything else is retried
/// in the background with the same notification id, re-signed at each attempt.
/// https://pay.weixin.qq.com/docs/partner/apis/partner-native-payment/payment-notice.html
/// </summary>
public sealed class WeChatPayNotifier(
    WeChatPayPlatform platform,
    WeChatTradeStore store,
    IOptions<EmulatorWeChatPayOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<WeChatPayNotifier> logger) : IDisposable
{
    private const int MaxResponseLength = 500;

    // Its own client: the defaults' resilience handler would add retries WeChat Pay does not make.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>Makes a new callback for a paid trade and returns its first attempt.</summary>
    public async Task<WeChatNotificationAttempt> NotifyAsync(WeChatTrade trade, CancellationToken ct)
    {
        var merchant = platform.FindMerchant(trade.MchId)
            ?? throw new InvalidOperationException($"Merchant {trade.MchId} is no longer configured.");
        var id = store.NextNotificationId();
        var body = BuildBody(id, trade, merchant.ApiV3Key);
        var first = await DeliverAsync(trade, id, body, attempt: 1, ct);
        if (!first.Acknowledged)
            _ = Task.Run(() => RetryAsync(trade, id, body, lifetime.ApplicationStopping), CancellationToken.None);
        return first;
    }

    private string BuildBody(string id, WeChatTrade trade, string apiV3Key)
    {
        const string associatedData = "transaction";
        var nonce = WeChatPayResourceCipher.NewNonce();
        var plaintext = WeChatTransactionJson.Of(trade).ToJsonString(WeChatPayReplyWriter.Json);
        return new JsonObject
        {
            ["id"] = id,
            ["create_time"] = BeijingTime.Format(time.GetUtcNow(), WeChatPayClient.Rfc3339Pattern),
            ["resource_type"] = "encrypt-resource",
            ["event_type"] = WeChatPayNotificationEnvelope.TransactionSuccess,
            ["summary"] = "支付成功",
            ["resource"] = new JsonObject
            {
                ["original_type"] = "transaction",
                ["algorithm"] = WeChatPayResourceCipher.Algorithm,
                ["ciphertext"] = WeChatPayResourceCipher.Encrypt(apiV3Key, nonce, associatedData, plaintext),
                ["associated_data"] = associatedData,
                ["nonce"] = nonce,
            },
        }.ToJsonString(WeChatPayReplyWriter.Json);
    }

    private async Task RetryAsync(WeChatTrade trade, string id, string body, CancellationToken stopping)
    {
        var attempt = 1;
        try
        {
            foreach (var seconds in options.Value.RetryDelaysSeconds)
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), time, stopping);
                if ((await DeliverAsync(trade, id, body, ++attempt, stopping)).Acknowledged)
                    return;
            }
            logger.LogWarning("Gave up the WeChat Pay callback of {OutTradeNo} after {Attempts} attempts", trade.OutTradeNo, attempt);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task<WeChatNotificationAttempt> DeliverAsync(WeChatTrade trade, string id, string body, int attempt, CancellationToken ct)
    {
        var sentAt = time.GetUtcNow();
        WeChatNotificationAttempt result;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, trade.NotifyUrl)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            foreach (var (name, value) in WeChatPayReplyWriter.SignedHeaders(body, platform, time))
                request.Headers.TryAddWithoutValidation(name, value);
            using var response = await _http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            var status = (int)response.StatusCode;
            result = new WeChatNotificationAttempt(id, attempt, sentAt, status, Truncate(text), status is 200 or 204);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            result = new WeChatNotificationAttempt(id, attempt, sentAt, null, Truncate(ex.Message), false);
        }

        trade.Record(result);
        logger.LogInformation("WeChat Pay callback of {OutTradeNo} (attempt {Attempt}) to {Url}: {Status} acknowledged={Acknowledged}",
            trade.OutTradeNo, attempt, trade.NotifyUrl, result.StatusCode, result.Acknowledged);
        return result;
    }

    private static string Truncate(string text) => text.Length <= MaxResponseLength ? text : text[..MaxResponseLength] + "…";

    public void Dispose() => _http.Dispose();
}
