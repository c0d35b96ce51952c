using AccountingPlatform.Channels.UnionPay;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// A gateway answer: the request's common fields echoed (as in jifuwei/lol …/qrcode/model/QRCodeMasterImgSyncResp.java:
/// version, encoding, bizType, txnTime, txnType, txnSubType, accessType, merId, orderId), respCode/respMsg and the
/// call's own fields, then signed by the platform.
/// </summary>
public static class UnionPayAnswer
{
    private static readonly string[] Echoed = ["version", "encoding", "bizType", "txnTime", "txnType", "txnSubType", "accessType", "merId", "orderId", "signMethod"];

    public static string Write(
        IReadOnlyDictionary<string, string> request, string respCode, string respMsg, UnionPayPlatform platform,
        IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var answer = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in Echoed)
        {
            if (request.TryGetValue(key, out var value) && value.Length > 0)
                answer[key] = value;
        }
        answer["signMethod"] = UnionPayProtocol.SignMethodRsa;
        answer["respCode"] = respCode;
        answer["respMsg"] = respMsg;
        foreach (var (key, value) in fields ?? [])
            answer[key] = value;
        platform.Sign(answer);
        return UnionPayMessage.Write(answer);
    }
}
