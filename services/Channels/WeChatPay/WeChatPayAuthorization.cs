namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// The <c>Authorization</c> header of a merchant's request:
/// <c>WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"</c>; the five items
/// in any order. https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_0.shtml (签名生成, 设置HTTP头)
/// </summary>
public sealed record WeChatPayAuthorization(string MchId, string NonceStr, string Signature, long Timestamp, string SerialNo)
{
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";

    /// <summary>The header's value, scheme included.</summary>
    public string ToHeaderValue() =>
        $"{Scheme} mchid=\"{MchId}\",nonce_str=\"{NonceStr}\",signature=\"{Signature}\",timestamp=\"{Timestamp}\",serial_no=\"{SerialNo}\"";

    /// <summary>The header read back (what WeChat Pay, or the emulator, does); null when it is not this scheme or misses an item.</summary>
    public static WeChatPayAuthorization? Parse(string? header)
    {
        if (header is null || !header.StartsWith(Scheme + " ", StringComparison.Ordinal))
            return null;
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[(Scheme.Length + 1)..].Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                return null;
            var value = part[(equals + 1)..].Trim();
            if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
                return null;
            items[part[..equals].Trim()] = value[1..^1];
        }
        return items.TryGetValue("mchid", out var mchId)
            && items.TryGetValue("nonce_str", out var nonce)
            && items.TryGetValue("signature", out var signature)
            && items.TryGetValue("timestamp", out var timestampText)
            && long.TryParse(timestampText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var timestamp)
            && items.TryGetValue("serial_no", out var serial)
            ? new WeChatPayAuthorization(mchId, nonce, signature, timestamp, serial)
            : null;
    }
}
