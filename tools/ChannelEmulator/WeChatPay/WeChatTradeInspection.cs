namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>What a test looks at of an emulated WeChat trade: its state, callbacks and refunds.</summary>
public static class WeChatTradeInspection
{
    public static IResult Get(string outTradeNo, WeChatTradeStore store, TimeProvider time)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return WeChatPayControlProblems.TradeNotFound();
        var notifications = trade.Notifications();
        return TypedResults.Ok(new
        {
            trade.OutTradeNo,
            trade.TransactionId,
            trade.MchId,
            trade.AppId,
            Status = trade.State,
            Expired = trade.IsExpiredAt(time.GetUtcNow()),
            TotalFen = trade.Total,
            trade.Description,
            trade.CodeUrl,
            trade.NotifyUrl,
            trade.CreatedAt,
            trade.ExpiresAt,
            trade.PaidAt,
            RefundedFen = trade.RefundedAmount(),
            Refunds = trade.Refunds(),
            NotificationsSent = notifications.Count,
            Notifications = notifications,
        });
    }
}
