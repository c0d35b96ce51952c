using AccountingPlatform.ServiceDefaults;
using System.Text.Json;
using AccountingPlatform.Channels.Alipay;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>The gateway's common checks, in Alipay's order: required parameters, app, sign type, charset, timestamp, signature, method.</summary>
public static class AlipayRequestReader
{
    public static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request, CancellationToken ct)
    {
        // Alipay's SDKs put the common parameters in the query and biz_content in the form; accept both.
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
            parameters[key] = value.ToString();
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(ct))
                parameters[key] = value.ToString();
        }
        return parameters;
    }

    /// <summary>The call, or the error reply the gateway answers instead.</summary>
    public static AlipayReply? TryRead(IReadOnlyDictionary<string, string> p, AlipayPlatform platform, out AlipayCall? call)
    {
        call = null;
        if (Missing(p, "method")) return AlipayReply.MissingArguments("isv.missing-method", "缺少方法名参数");
        if (Missing(p, "app_id")) return AlipayReply.MissingArguments("isv.missing-app-id", "缺少appId参数");
        if (Missing(p, "sign")) return AlipayReply.MissingArguments("isv.missing-signature", "缺少签名参数");
        if (Missing(p, "sign_type")) return AlipayReply.MissingArguments("isv.missing-signature-type", "缺少签名类型参数");
        if (Missing(p, "timestamp")) return AlipayReply.MissingArguments("isv.missing-timestamp", "缺少时间戳参数");
        if (Missing(p, "version")) return AlipayReply.MissingArguments("isv.missing-version", "缺少版本参数");

        var appId = p["app_id"];
        if (!platform.IsKnownApp(appId))
            return AlipayReply.InvalidArguments("isv.invalid-app-id", "无效的AppID参数");
        if (p["sign_type"] != "RSA2")
            return AlipayReply.InvalidArguments("isv.invalid-signature-type", "无效的签名类型");
        if (p.TryGetValue("charset", out var charset) && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
            return AlipayReply.InvalidArguments("isv.invalid-charset", "字符集错误");
        if (BeijingTime.Parse(p["timestamp"]) is null)
            return AlipayReply.InvalidArguments("isv.invalid-timestamp", "非法的时间戳参数");

        var signContent = AlipaySignature.BuildSignContent(p!, excludeSignType: false);
        if (!platform.VerifyFromApp(appId, signContent, p["sign"]))
            return AlipayReply.InvalidArguments("isv.invalid-signature",
                $"验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：{signContent}");

        var method = p["method"];
        if (!AlipayMethods.IsKnown(method))
            return AlipayReply.InvalidArguments("isv.invalid-method", "不存在的方法名");

        if (!TryParseBiz(p.GetValueOrDefault("biz_content"), out var biz))
            return AlipayReply.InvalidArguments("isv.invalid-parameter", "参数无效：biz_content 不是合法的 JSON 对象");

        call = new AlipayCall(appId, method, biz, p.GetValueOrDefault("notify_url"));
        return null;
    }

    private static bool Missing(IReadOnlyDictionary<string, string> p, string key) =>
        !p.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value);

    private static bool TryParseBiz(string? text, out JsonElement biz)
    {
        biz = JsonElement.Parse("{}");
        if (string.IsNullOrWhiteSpace(text))
            return true;
        try
        {
            biz = JsonElement.Parse(text);
            return biz.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
