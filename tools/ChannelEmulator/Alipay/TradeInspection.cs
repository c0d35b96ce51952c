using System.Globalization;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>What a test looks at of an emulated trade: its state, notifications, refunds and how often it was closed or refunded.</summary>
public static class TradeInspection
{
    public static IResult Get(string outTradeNo, TradeStore store, TimeProvider time)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return AlipayControlProblems.TradeNotFound();
        var notifications = trade.Notifications();
        var calls = trade.Calls();
        return TypedResults.Ok(new
        {
            trade.OutTradeNo,
            trade.TradeNo,
            trade.AppId,
            Status = trade.StatusAt(time.GetUtcNow()),
            trade.TotalAmount,
            trade.Subject,
            trade.QrCode,
            trade.NotifyUrl,
            trade.CreatedAt,
            trade.ExpiresAt,
            trade.PaidAt,
            RefundedAmount = trade.RefundedAmount().ToString("0.00", CultureInfo.InvariantCulture),
            Refunds = trade.Refunds(),
            CloseCalls = calls.Close,
            RefundCalls = calls.Refund,
            NotificationsSent = notifications.Count,
            Notifications = notifications,
        });
    }
}
