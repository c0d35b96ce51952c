using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary><c>SendSms</c> itself: checks the phones and the template parameters, then keeps one message per phone.</summary>
public sealed partial class SendSmsAction(SmsInbox inbox, TimeProvider time)
{
    private long _bizSequence = 900_619_746_936_498_440;

    /// <summary>The response body: <c>OK</c> with a BizId, or a business error code (HTTP 200 either way), or a missing-parameter error.</summary>
    public (AliyunError? Error, Dictionary<string, string>? Body) Send(IReadOnlyDictionary<string, string> p, string requestId)
    {
        foreach (var required in new[] { "PhoneNumbers", "SignName", "TemplateCode" })
        {
            if (string.IsNullOrWhiteSpace(p.GetValueOrDefault(required)))
                return (AliyunError.Missing(required), null);
        }

        var phones = p["PhoneNumbers"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (phones.Length == 0 || phones.Any(phone => !MainlandMobile().IsMatch(phone)))
            return (null, Result(requestId, "isv.MOBILE_NUMBER_ILLEGAL", "非法手机号"));
        if (!TryParseTemplateParam(p.GetValueOrDefault("TemplateParam"), out var templateParam))
            return (null, Result(requestId, "isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值"));

        var bizId = Interlocked.Increment(ref _bizSequence).ToString(CultureInfo.InvariantCulture) + "^0";
        var now = time.GetUtcNow();
        foreach (var phone in phones)
            inbox.Add(new ReceivedSms(phone, p["SignName"], p["TemplateCode"], templateParam, p.GetValueOrDefault("OutId"), bizId, now));

        var ok = Result(requestId, "OK", "OK");
        ok["BizId"] = bizId;
        return (null, ok);
    }

    private static Dictionary<string, string> Result(string requestId, string code, string message) =>
        new() { ["Code"] = code, ["Message"] = message, ["RequestId"] = requestId };

    // Aliyun accepts only string values in TemplateParam.
    private static bool TryParseTemplateParam(string? text, out IReadOnlyDictionary<string, string> values)
    {
        values = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(text))
            return true;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return false;
            var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                    return false;
                parsed[property.Name] = property.Value.GetString()!;
            }
            values = parsed;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex MainlandMobile();
}
