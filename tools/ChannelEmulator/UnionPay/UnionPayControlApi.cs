namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>What a test or a developer does in place of a payer scanning the QR code, and what they look at.</summary>
public static class UnionPayControlApi
{
    public static IEndpointRouteBuilder MapUnionPayControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/unionpay").WithTags("UnionPay emulator control");
        group.MapGet("/public-key", (UnionPayPlatform platform) => TypedResults.Ok(new { unionPayPublicKey = platform.PublicKeyPem }))
            .WithSummary("银联公钥（验签用）");
        group.MapGet("/orders/{orderId}", (string orderId, QrOrderStore store, TimeProvider time) => QrOrderInspection.Get(orderId, store, time))
            .WithSummary("订单状态、通知与退货");
        group.MapPost("/orders/{orderId}/pay", (string orderId, bool? notify, QrOrderStore store, UnionPayNotifier notifier, TimeProvider time,
                CancellationToken ct) => QrOrderPayments.PayAsync(orderId, notify, store, notifier, time, ct))
            .WithSummary("扫码支付（幂等）并通知；?notify=false：已付款但通知丢失");
        return app;
    }
}
