using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>What the payer does with the QR code: pay the order; and the notification UnionPay then sends.</summary>
public static class QrOrderPayments
{
    /// <summary>
    /// The payer pays (idempotently: paying again sends the notification again); answers after the first delivery,
    /// retries go on in the background. An expired order answers 409. <c>?notify=false</c>: paid, but the notification
    /// is lost (never sent).
    /// </summary>
    public static async Task<IResult> PayAsync(
        string orderId, bool? notify, QrOrderStore store, UnionPayNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(orderId) is not { } order)
            return UnionPayControlProblems.OrderNotFound();
        if (!order.TryPay(store.NextQueryId(), time.GetUtcNow()))
            return ApiProblem.Conflict("EMULATOR_UNIONPAY_ORDER_EXPIRED", "二维码已过期，不能支付");
        store.AddPaid(order);
        if (notify == false)
            return TypedResults.Ok(new { order.QueryId, Notified = false, LastResponse = "未发送通知（notify=false）" });
        var attempt = await notifier.NotifyPaymentAsync(order, ct);
        return TypedResults.Ok(new { order.QueryId, Notified = attempt.Acknowledged, LastResponse = attempt.Response });
    }
}
