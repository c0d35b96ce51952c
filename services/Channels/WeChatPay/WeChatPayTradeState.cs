namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// <c>trade_state</c> values of a Native transaction.
/// https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_2.shtml (查询订单)
/// </summary>
public static class WeChatPayTradeState
{
    public const string NotPay = "NOTPAY";
    public const string Success = "SUCCESS";
    public const string Closed = "CLOSED";
    public const string Refund = "REFUND";
    public const string UserPaying = "USERPAYING";
    public const string PayError = "PAYERROR";
}
