using AccountingPlatform.ServiceDefaults;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>
/// Calls the Alipay open-platform gateway the way Alipay's own SDK does: RSA2-signed common parameters,
/// <c>biz_content</c> in snake_case JSON, and a response whose signature is verified before it is trusted.
/// </summary>
public sealed class AlipayClient(HttpClient http, IOptions<AlipayOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions BizContentJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Chinese names and subjects go out as they are, like Alipay's SDK sends them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly AlipayOptions _options = options.Value;

    /// <summary>
    /// Calls <paramref name="method"/> (e.g. <c>alipay.trade.precreate</c>) and returns its verified response node.
    /// Amounts in <paramref name="bizContent"/> should be strings in yuan with 2 decimals, as Alipay documents.
    /// <paramref name="notifyUrl"/> defaults to <see cref="AlipayOptions.NotifyUrl"/>.
    /// </summary>
    /// <exception cref="AlipaySignatureException">The response's signature is missing or invalid.</exception>
    /// <exception cref="HttpRequestException">The gateway did not answer 2xx, or answered something that is not an Alipay response.</exception>
    public async Task<AlipayResponse> ExecuteAsync(
        string method, object bizContent, string? notifyUrl = null, CancellationToken ct = default)
    {
        // Read the verifying key first: a call Alipay acts on must not leave an answer nobody can check.
        using var alipayPublicKey = ImportKey(AlipayKeys.ImportPublicKey, _options.AlipayPublicKey, nameof(AlipayOptions.AlipayPublicKey));
        var parameters = BuildSignedParameters(method, bizContent, notifyUrl ?? _options.NotifyUrl);
        using var content = new FormUrlEncodedContent(parameters);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };

        using var response = await http.PostAsync(new Uri(_options.GatewayUrl), content, ct);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync(ct);
        return AlipayResponseReader.Read(text, method, alipayPublicKey);
    }

    /// <summary>
    /// <c>alipay.trade.refund</c> (https://docs.open.alipay.com/api_1/alipay.trade.refund): returns
    /// <paramref name="amountFen"/> of the trade <paramref name="outTradeNo"/> to the buyer. <paramref name="outRequestNo"/>
    /// names this refund; Alipay refunds one request number once, so a retry after a lost answer must send the same one
    /// (it is then answered with success and <c>fund_change</c> N). At most 64 characters.
    /// </summary>
    /// <exception cref="AlipaySignatureException">The response's signature is missing or invalid.</exception>
    /// <exception cref="HttpRequestException">The gateway did not answer, or not as Alipay.</exception>
    public async Task<AlipayRefund> RefundAsync(
        string outTradeNo, string outRequestNo, long amountFen, string? reason = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        ArgumentException.ThrowIfNullOrWhiteSpace(outRequestNo);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountFen);
        var response = await ExecuteAsync("alipay.trade.refund", new
        {
            OutTradeNo = outTradeNo,
            RefundAmount = AlipayAmount.FromFen(amountFen),
            OutRequestNo = outRequestNo,
            RefundReason = reason,
        }, ct: ct);
        return AlipayRefund.From(response);
    }

    /// <summary>
    /// <c>alipay.trade.close</c> (https://docs.open.alipay.com/api_1/alipay.trade.close): closes an unpaid trade
    /// (WAIT_BUYER_PAY) so it can no longer be paid. A paid trade answers <c>ACQ.TRADE_STATUS_ERROR</c>; one that real
    /// Alipay has not created yet (the QR code was never scanned) answers <c>ACQ.TRADE_NOT_EXIST</c>.
    /// </summary>
    /// <exception cref="AlipaySignatureException">The response's signature is missing or invalid.</exception>
    /// <exception cref="HttpRequestException">The gateway did not answer, or not as Alipay.</exception>
    public Task<AlipayResponse> CloseAsync(string outTradeNo, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        return ExecuteAsync("alipay.trade.close", new { OutTradeNo = outTradeNo }, ct: ct);
    }

    /// <summary>The signed GET URL of a page method such as <c>alipay.user.certify.open.certify</c>, to send a browser to.</summary>
    public string BuildPageUrl(string method, object bizContent)
    {
        var parameters = BuildSignedParameters(method, bizContent, notifyUrl: null);
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var separator = _options.GatewayUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return _options.GatewayUrl + separator + query;
    }

    /// <summary>
    /// True when an asynchronous notification (the posted form, URL-decoded) carries Alipay's valid signature.
    /// Its sign content leaves out both <c>sign</c> and <c>sign_type</c>.
    /// </summary>
    public bool VerifyNotification(IEnumerable<KeyValuePair<string, string?>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = form.ToList();
        var sign = fields.LastOrDefault(f => f.Key == "sign").Value;
        if (string.IsNullOrEmpty(sign))
            return false;

        using var alipayPublicKey = ImportKey(AlipayKeys.ImportPublicKey, _options.AlipayPublicKey, nameof(AlipayOptions.AlipayPublicKey));
        return AlipaySignature.Verify(AlipaySignature.BuildSignContent(fields, excludeSignType: true), sign, alipayPublicKey);
    }

    private Dictionary<string, string> BuildSignedParameters(string method, object bizContent, string? notifyUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(bizContent);
        Require(_options.GatewayUrl, nameof(AlipayOptions.GatewayUrl));
        Require(_options.AppId, nameof(AlipayOptions.AppId));

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = _options.AppId,
            ["method"] = method,
            ["format"] = "JSON",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = BeijingTime.Format(clock.GetUtcNow(), BeijingTime.ChannelPattern),
            ["version"] = "1.0",
            ["biz_content"] = JsonSerializer.Serialize(bizContent, bizContent.GetType(), BizContentJson),
        };
        if (!string.IsNullOrEmpty(notifyUrl))
            parameters["notify_url"] = notifyUrl;

        using var appPrivateKey = ImportKey(AlipayKeys.ImportPrivateKey, _options.AppPrivateKey, nameof(AlipayOptions.AppPrivateKey));
        var signContent = AlipaySignature.BuildSignContent(parameters!, excludeSignType: false);
        parameters["sign"] = AlipaySignature.Sign(signContent, appPrivateKey);
        return parameters;
    }

    private static RSA ImportKey(Func<string, RSA> import, string value, string name)
    {
        Require(value, name);
        try
        {
            return import(value);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            throw new InvalidOperationException($"{AlipayOptions.SectionName}:{name} is not a valid RSA key.", ex);
        }
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"{AlipayOptions.SectionName}:{name} is not configured.");
    }
}
