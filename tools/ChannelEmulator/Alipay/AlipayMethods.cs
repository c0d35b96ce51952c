namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>The open-platform methods the emulator plays.</summary>
public static class AlipayMethods
{
    public const string CertifyInitialize = "alipay.user.certify.open.initialize";
    public const string CertifyPage = "alipay.user.certify.open.certify";
    public const string CertifyQuery = "alipay.user.certify.open.query";
    public const string TradePrecreate = "alipay.trade.precreate";
    public const string TradeQuery = "alipay.trade.query";
    public const string TradeClose = "alipay.trade.close";
    public const string TradeRefund = "alipay.trade.refund";

    private static readonly HashSet<string> Known =
        [CertifyInitialize, CertifyPage, CertifyQuery, TradePrecreate, TradeQuery, TradeClose, TradeRefund];

    public static bool IsKnown(string? method) => method is not null && Known.Contains(method);

    /// <summary><c>alipay_trade_query_response</c>; the gateway answers <c>error_response</c> for a method it does not know.</summary>
    public static string ResponseKey(string? method) =>
        IsKnown(method) ? method!.Replace('.', '_') + "_response" : "error_response";
}
