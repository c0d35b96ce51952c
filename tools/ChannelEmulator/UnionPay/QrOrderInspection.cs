namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>What a test looks at of an emulated QR order: its state, notifications and refunds.</summary>
public static class QrOrderInspection
{
    public static IResult Get(string orderId, QrOrderStore store, TimeProvider time)
    {
        if (store.Find(orderId) is not { } order)
            return UnionPayControlProblems.OrderNotFound();
        var notifications = order.Notifications();
        return TypedResults.Ok(new
        {
            order.MerId,
            order.OrderId,
            order.TxnTime,
            Status = order.StatusAt(time.GetUtcNow()),
            order.AmountFen,
            order.QrCode,
            order.BackUrl,
            order.QueryId,
            order.CreatedAt,
            order.ExpiresAt,
            order.PaidAt,
            RefundedFen = order.Refunds().Sum(r => r.AmountFen),
            Refunds = order.Refunds(),
            NotificationsSent = notifications.Count,
            Notifications = notifications,
        });
    }
}
