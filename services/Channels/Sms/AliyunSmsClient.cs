using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Channels.Sms;

/// <summary>Sends template SMS through Aliyun dysmsapi <c>SendSms</c> (RPC style, API version 2017-05-25).</summary>
public sealed class AliyunSmsClient(HttpClient http, IOptions<SmsOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions TemplateParamJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SmsOptions _options = options.Value;

    /// <exception cref="SmsSendException">The provider answered a <c>Code</c> other than <c>OK</c>.</exception>
    /// <exception cref="HttpRequestException">The provider could not be reached or answered something unreadable.</exception>
    public Task SendAsync(string phoneNumber, IReadOnlyDictionary<string, string> templateParams, CancellationToken ct) =>
        SendAsync(phoneNumber, _options.TemplateCode, templateParams, ct);

    /// <summary>Sends with another approved template than the configured <see cref="SmsOptions.TemplateCode"/> (e.g. a notice, not a code).</summary>
    /// <exception cref="SmsSendException">The provider answered a <c>Code</c> other than <c>OK</c>.</exception>
    /// <exception cref="HttpRequestException">The provider could not be reached or answered something unreadable.</exception>
    public async Task SendAsync(string phoneNumber, string templateCode, IReadOnlyDictionary<string, string> templateParams, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneNumber);
        ArgumentNullException.ThrowIfNull(templateParams);

        var parameters = BuildSignedParameters(phoneNumber, templateCode, templateParams);
        var query = string.Join('&', parameters.Select(p =>
            $"{AliyunRpcSignature.PercentEncode(p.Key)}={AliyunRpcSignature.PercentEncode(p.Value)}"));
        var separator = _options.Endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        using var response = await http.GetAsync(new Uri(_options.Endpoint + separator + query), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var (code, message) = ReadResult(body);
        if (code is null)
        {
            response.EnsureSuccessStatusCode();
            throw new HttpRequestException("The SMS provider answered without a Code.");
        }
        if (code != "OK")
            throw new SmsSendException(code, message ?? "");
    }

    private Dictionary<string, string> BuildSignedParameters(string phoneNumber, string templateCode, IReadOnlyDictionary<string, string> templateParams)
    {
        Require(_options.Endpoint, nameof(SmsOptions.Endpoint));
        Require(_options.AccessKeyId, nameof(SmsOptions.AccessKeyId));
        Require(_options.AccessKeySecret, nameof(SmsOptions.AccessKeySecret));
        Require(_options.SignName, nameof(SmsOptions.SignName));
        Require(templateCode, nameof(SmsOptions.TemplateCode));

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = "SendSms",
            ["Version"] = "2017-05-25",
            ["Format"] = "JSON",
            ["AccessKeyId"] = _options.AccessKeyId,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["Timestamp"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["RegionId"] = "cn-hangzhou",
            ["PhoneNumbers"] = phoneNumber,
            ["SignName"] = _options.SignName,
            ["TemplateCode"] = templateCode,
            ["TemplateParam"] = JsonSerializer.Serialize(templateParams, TemplateParamJson),
        };
        parameters["Signature"] = AliyunRpcSignature.Sign(parameters, _options.AccessKeySecret);
        return parameters;
    }

    private static (string? Code, string? Message) ReadResult(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, null);
            return (String(root, "Code"), String(root, "Message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"{SmsOptions.SectionName}:{name} is not configured.");
    }
}
