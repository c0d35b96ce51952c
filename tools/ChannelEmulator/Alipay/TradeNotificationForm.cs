using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Channels.Alipay;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>The fields of Alipay's <c>trade_status_sync</c> notification, signed over all but sign and sign_type.</summary>
public static class TradeNotificationForm
{
    public static Dictionary<string, string> Build(EmulatedTrade trade, AlipayPlatform platform, DateTimeOffset now)
    {
        var paidAt = trade.PaidAt ?? now;
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["notify_time"] = BeijingTime.Format(now, BeijingTime.ChannelPattern),
            ["notify_type"] = "trade_status_sync",
            ["notify_id"] = Guid.NewGuid().ToString("N"),
            ["app_id"] = trade.AppId,
            ["auth_app_id"] = trade.AppId,
            ["charset"] = "utf-8",
            ["version"] = "1.0",
            ["sign_type"] = "RSA2",
            ["trade_no"] = trade.TradeNo,
            ["out_trade_no"] = trade.OutTradeNo,
            ["trade_status"] = TradeStatus.Success,
            ["total_amount"] = trade.TotalAmount,
            ["receipt_amount"] = trade.TotalAmount,
            ["invoice_amount"] = trade.TotalAmount,
            ["buyer_pay_amount"] = trade.TotalAmount,
            ["point_amount"] = "0.00",
            ["gmt_create"] = BeijingTime.Format(trade.CreatedAt, BeijingTime.ChannelPattern),
            ["gmt_payment"] = BeijingTime.Format(paidAt, BeijingTime.ChannelPattern),
            ["subject"] = trade.Subject,
            ["buyer_id"] = trade.BuyerId,
            ["buyer_logon_id"] = trade.BuyerLogonId,
            ["seller_id"] = trade.SellerId,
            ["fund_bill_list"] = $$"""[{"amount":"{{trade.TotalAmount}}","fundChannel":"ALIPAYACCOUNT"}]""",
        };
        form["sign"] = platform.Sign(AlipaySignature.BuildSignContent(form!, excludeSignType: true));
        return form;
    }
}
