namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Alipay's <c>trade_status</c> values the emulator uses.</summary>
public static class TradeStatus
{
    public const string WaitBuyerPay = "WAIT_BUYER_PAY";
    public const string Success = "TRADE_SUCCESS";
    public const string Closed = "TRADE_CLOSED";
}
