namespace AccountingPlatform.Payment.Alipay;

/// <summary>A trade as <c>alipay.trade.query</c> reports it; <see cref="NotExist"/> when Alipay has none (never scanned).</summary>
public sealed record AlipayTradeState(string Status, string? TradeNo, long? AmountFen, DateTimeOffset? PaidAt)
{
    public const string NotExistStatus = "NOT_EXIST";
    public static readonly AlipayTradeState NotExist = new(NotExistStatus, null, null, null);

    public bool IsPaid => Status is "TRADE_SUCCESS" or "TRADE_FINISHED";
    public bool IsClosed => Status == "TRADE_CLOSED";
}
