namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>What a test or a developer does in place of the payer at WeChat: pay a trade; and what they look at: its state, callbacks and refunds.</summary>
public static class WeChatPayControlApi
{
    public static IEndpointRouteBuilder MapWeChatPayControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/wechatpay").WithTags("WeChat Pay emulator control");
        group.MapGet("/platform", (WeChatPayPlatform platform) =>
            TypedResults.Ok(new { platformSerialNo = platform.SerialNo, platformPublicKey = platform.PublicKeyPem })).WithSummary("平台证书序列号与公钥（验签用）");
        group.MapGet("/trades/{outTradeNo}", (string outTradeNo, WeChatTradeStore store, TimeProvider time) =>
            WeChatTradeInspection.Get(outTradeNo, store, time)).WithSummary("订单状态、回调与退款");
        group.MapPost("/trades/{outTradeNo}/pay", (string outTradeNo, bool? notify, WeChatTradeStore store, WeChatPayNotifier notifier, TimeProvider time,
                CancellationToken ct) => WeChatPayments.PayAsync(outTradeNo, notify, store, notifier, time, ct))
            .WithSummary("支付（幂等）并回调；?notify=false：已付款但回调迟到");
        return app;
    }
}
