using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AccountingPlatform.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// WeChat Pay API v3 for a direct merchant's Native (QR) payments: every request signed with the merchant key
/// (<see cref="WeChatPayAuthorization"/>), every answer verified with the platform key before it is believed.
/// </summary>
public sealed class WeChatPayClient(HttpClient http, IOptions<WeChatPayOptions> options, TimeProvider clock)
{
    /// <summary>RFC 3339 with the +08:00 offset, as <c>time_expire</c> is written: <c>2015-05-20T13:29:35+08:00</c>.</summary>
    public const string Rfc3339Pattern = "yyyy-MM-dd'T'HH:mm:sszzz";

    private readonly WeChatPayOptions _options = options.Value;

    /// <summary>
    /// Native下单 <c>POST /v3/pay/transactions/native</c> → <c>code_url</c>, the text of the QR code.
    /// <paramref name="expiresAt"/> becomes <c>time_expire</c> (Beijing time); past it the order can no longer be paid,
    /// but WeChat Pay does not close it: the merchant closes it (<see cref="CloseAsync"/>).
    /// https://pay.weixin.qq.com/doc/v3/merchant/4012525171 (Native下单)
    /// </summary>
    /// <exception cref="WeChatPayException">WeChat Pay refused the order (e.g. <c>ORDERPAID</c>, <c>ORDER_CLOSED</c>, <c>PARAM_ERROR</c>).</exception>
    /// <exception cref="WeChatPaySignatureException">The answer is not verifiably WeChat Pay's.</exception>
    public async Task<string> CreateNativeOrderAsync(
        string outTradeNo, string description, long totalFen, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalFen);
        WeChatPayKeyLoader.Require(_options.AppId, nameof(WeChatPayOptions.AppId));
        WeChatPayKeyLoader.Require(_options.NotifyUrl, nameof(WeChatPayOptions.NotifyUrl));

        var body = new JsonObject
        {
            ["appid"] = _options.AppId,
            ["mchid"] = _options.MchId,
            ["description"] = description,
            ["out_trade_no"] = outTradeNo,
            ["time_expire"] = BeijingTime.Format(expiresAt, Rfc3339Pattern),
            ["notify_url"] = _options.NotifyUrl,
            ["amount"] = new JsonObject { ["total"] = totalFen, ["currency"] = "CNY" },
        };
        var answer = await SendAsync(HttpMethod.Post, "/v3/pay/transactions/native", body, ct);
        var codeUrl = WeChatPayJson.Read<JsonObject>(answer, "Native order answer")["code_url"]?.GetValue<string>();
        return string.IsNullOrEmpty(codeUrl)
            ? throw new HttpRequestException("WeChat Pay's Native order answer has no code_url.")
            : codeUrl;
    }

    /// <summary>
    /// 查询订单 <c>GET /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=…</c>.
    /// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_2.shtml
    /// </summary>
    /// <exception cref="WeChatPayException">E.g. <c>ORDER_NOT_EXIST</c> (404).</exception>
    /// <exception cref="WeChatPaySignatureException">The answer is not verifiably WeChat Pay's.</exception>
    public async Task<WeChatPayTransaction> QueryByOutTradeNoAsync(string outTradeNo, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var path = $"/v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(outTradeNo)}?mchid={Uri.EscapeDataString(_options.MchId)}";
        var answer = await SendAsync(HttpMethod.Get, path, body: null, ct);
        return WeChatPayJson.Read<WeChatPayTransaction>(answer, "order query answer");
    }

    /// <summary>
    /// 关闭订单 <c>POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close</c> with <c>{"mchid"}</c>; answered 204.
    /// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_3.shtml
    /// </summary>
    /// <exception cref="WeChatPayException">E.g. <c>ORDERPAID</c> when the buyer paid first.</exception>
    /// <exception cref="WeChatPaySignatureException">The answer is not verifiably WeChat Pay's.</exception>
    public async Task CloseAsync(string outTradeNo, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var path = $"/v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(outTradeNo)}/close";
        await SendAsync(HttpMethod.Post, path, new JsonObject { ["mchid"] = _options.MchId }, ct);
    }

    /// <summary>
    /// 申请退款 <c>POST /v3/refund/domestic/refunds</c>: returns <paramref name="refundFen"/> of the order's
    /// <paramref name="totalFen"/>. One <paramref name="outRefundNo"/> refunds once: a retry after a lost answer must
    /// send the same number. https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_9.shtml
    /// </summary>
    /// <exception cref="WeChatPayException">E.g. <c>NOT_ENOUGH</c>, <c>INVALID_REQUEST</c>, <c>RESOURCE_NOT_EXISTS</c>.</exception>
    /// <exception cref="WeChatPaySignatureException">The answer is not verifiably WeChat Pay's.</exception>
    public async Task<WeChatPayRefund> RefundAsync(
        string outTradeNo, string outRefundNo, long refundFen, long totalFen, string? reason = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        ArgumentException.ThrowIfNullOrWhiteSpace(outRefundNo);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(refundFen);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalFen, refundFen);
        var body = new JsonObject
        {
            ["out_trade_no"] = outTradeNo,
            ["out_refund_no"] = outRefundNo,
            ["amount"] = new JsonObject { ["refund"] = refundFen, ["total"] = totalFen, ["currency"] = "CNY" },
        };
        if (!string.IsNullOrEmpty(reason))
            body["reason"] = reason;
        var answer = await SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", body, ct);
        return WeChatPayJson.Read<WeChatPayRefund>(answer, "refund answer");
    }

    /// <summary>Signs and sends one call; returns the answer's body once its signature is verified.</summary>
    private async Task<string> SendAsync(HttpMethod method, string pathAndQuery, JsonObject? body, CancellationToken ct)
    {
        WeChatPayKeyLoader.Require(_options.MchId, nameof(WeChatPayOptions.MchId));
        WeChatPayKeyLoader.Require(_options.MerchantSerialNo, nameof(WeChatPayOptions.MerchantSerialNo));
        // Read the verifying key first: a call WeChat Pay acts on must not leave an answer nobody can check.
        using var platformKey = WeChatPayKeyLoader.PlatformPublicKey(_options);

        var uri = new Uri(_options.BaseUrl.TrimEnd('/') + pathAndQuery);
        var json = body?.ToJsonString(WeChatPayJson.Options) ?? "";
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(Authorize(method.Method, uri.PathAndQuery, json));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        // WeChat Pay asks every v3 request to name its client in User-Agent.
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("AccountingPlatform-WeChatPay", "1.0"));
        if (body is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var headers = WeChatPaySignedHeaders.From(response.Headers);
        if (response.IsSuccessStatusCode || headers.Signature is not null)
        {
            // "没有携带签名的成功应答（HTTP状态码为2xx），应认为是伪造或被篡改的应答"
            // https://pay.weixin.qq.com/wiki/doc/api_external/ch/wechatpay/wechatpay3_3.shtml (签名, 应答签名)
            WeChatPaySignatureVerifier.Verify(headers, text, platformKey, _options.PlatformSerialNo, clock.GetUtcNow());
        }
        // An unsigned error (e.g. a 401 SIGN_ERROR before WeChat Pay knows the merchant) is only ever taken as a failure.
        if (!response.IsSuccessStatusCode)
            throw WeChatPayErrorReader.Read(response.StatusCode, text);
        return text;
    }

    private string Authorize(string method, string pathAndQuery, string body)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var nonce = WeChatPaySignature.NewNonce();
        using var merchantKey = WeChatPayKeyLoader.MerchantPrivateKey(_options);
        var signature = WeChatPaySignature.Sign(
            WeChatPaySignature.BuildRequestMessage(method, pathAndQuery, timestamp, nonce, body), merchantKey);
        return new WeChatPayAuthorization(_options.MchId, nonce, signature, timestamp, _options.MerchantSerialNo).ToHeaderValue();
    }
}
