using AccountingPlatform.Channels.UnionPay;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>The gateway's common checks: required fields, version, signMethod, merchant, certId and signature.</summary>
public static class UnionPayRequestReader
{
    private static readonly string[] Required = ["version", "encoding", "signMethod", "certId", "signature", "txnType", "txnSubType", "bizType", "accessType", "merId", "orderId", "txnTime"];

    public static async Task<Dictionary<string, string>> ReadFieldsAsync(HttpRequest request, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(ct))
                fields[key] = value.ToString();
        }
        return fields;
    }

    /// <summary>Null when the request may proceed; otherwise the (respCode, respMsg) to refuse it with.</summary>
    public static (string Code, string Msg)? Check(IReadOnlyDictionary<string, string> fields, UnionPayPlatform platform)
    {
        foreach (var key in Required)
        {
            if (!fields.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
                return (UnionPayRespCodes.FormatError, $"报文格式错误[{key}]");
        }
        if (fields["version"] != UnionPayProtocol.Version)
            return (UnionPayRespCodes.FormatError, "版本号错误[version]");
        if (fields["signMethod"] != UnionPayProtocol.SignMethodRsa)
            return (UnionPayRespCodes.FormatError, "签名方法错误[signMethod]");
        if (!platform.IsKnownMerchant(fields["merId"]))
            return (UnionPayRespCodes.MerchantUnknown, "商户状态不正确[merId]");
        if (!platform.VerifyFromMerchant(fields["merId"], fields))
            return (UnionPayRespCodes.SignatureInvalid, "验证签名失败");
        return null;
    }
}
