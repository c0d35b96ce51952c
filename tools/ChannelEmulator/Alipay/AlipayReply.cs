namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>One response node of the gateway: the common result fields, then the method's own fields.</summary>
public sealed record AlipayReply(string Code, string Msg, string? SubCode, string? SubMsg, IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    public bool IsSuccess => Code == "10000";

    public static AlipayReply Success(params KeyValuePair<string, object?>[] fields) => new("10000", "Success", null, null, fields);

    public static AlipayReply MissingArguments(string subCode, string subMsg) =>
        new("40001", "Missing Required Arguments", subCode, subMsg, []);

    public static AlipayReply InvalidArguments(string subCode, string subMsg) =>
        new("40002", "Invalid Arguments", subCode, subMsg, []);

    public static AlipayReply BusinessFailed(string subCode, string subMsg, params KeyValuePair<string, object?>[] fields) =>
        new("40004", "Business Failed", subCode, subMsg, fields);

    /// <summary>A business parameter the method needs is absent.</summary>
    public static AlipayReply MissingParameter(string name) =>
        BusinessFailed("isv.missing-parameter", $"缺少必选参数：{name}");
}
