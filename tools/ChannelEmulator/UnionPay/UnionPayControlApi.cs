using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>What a test or a developer does in place of a payer scanning the QR code, and what they look at.</summary>
public static class UnionPayControlApi
{
    public static IEndpointRouteBuilder MapUnionPayControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/unionpay").WithTags("UnionPay emulator control");
        group.MapGet("/public-key", (UnionPayPlatform platform) => TypedResults.Ok(new { unionPayPublicKey = platform.PublicKeyPem }));
        group.MapGet("/orders/{orderId}", GetOrder);
        group.MapPost("/orders/{orderId}/pay", PayAsync);
        return app;
    }

    private static IResult GetOrder(string orderId, QrOrderStore store, TimeProvider time)
    {
        if (store.Find(orderId) is not { } order)
            return OrderNotFound();
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

    /// <summary>
    /// The payer pays (idempotently: paying again sends the notification again); answers after the first delivery,
    /// retries go on in the background. An expired order answers 409. <c>?notify=false</c>: paid, but the notification
    /// is lost (never sent).
    /// </summary>
    private static async Task<IResult> PayAsync(
        string orderId, bool? notify, QrOrderStore store, UnionPayNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(orderId) is not { } order)
            return OrderNotFound();
        if (!order.TryPay(store.NextQueryId(), time.GetUtcNow()))
            return ApiProblem.Conflict("EMULATOR_UNIONPAY_ORDER_EXPIRED", "二维码已过期，不能支付");
        store.AddPaid(order);
        if (notify == false)
            return TypedResults.Ok(new { order.QueryId, Notified = false, LastResponse = "未发送通知（notify=false）" });
        var attempt = await notifier.NotifyPaymentAsync(order, ct);
        return TypedResults.Ok(new { order.QueryId, Notified = attempt.Acknowledged, LastResponse = attempt.Response });
    }

    private static IResult OrderNotFound() => ApiProblem.NotFound("EMULATOR_UNIONPAY_ORDER_NOT_FOUND", "订单不存在");
}
