namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// What a test or a developer does in place of a person at Alipay: finish certifications, pay trades, resend
/// notifications; and what they look at: a trade's state, notifications and refunds.
/// </summary>
public static class AlipayControlApi
{
    public static IEndpointRouteBuilder MapAlipayControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/alipay").WithTags("Alipay emulator control");
        group.MapGet("/public-key", (AlipayPlatform platform) => TypedResults.Ok(new { alipayPublicKey = platform.PublicKey }))
            .WithSummary("支付宝公钥（验签用）");
        group.MapGet("/certifications/{certifyId}", (string certifyId, CertificationStore store) =>
            CertificationCompletion.Get(certifyId, store)).WithSummary("认证单据");
        group.MapPost("/certifications/{certifyId}/complete", (string certifyId, HttpContext http, CertificationStore store, TimeProvider time) =>
                CertificationCompletion.CompleteAsync(certifyId, http, store, time))
            .WithSummary("完成认证：JSON {\"outcome\":\"Pass\"} 答 204；模拟页面的表单提交回到商户的 return_url");
        group.MapGet("/trades/{outTradeNo}", (string outTradeNo, TradeStore store, TimeProvider time) =>
            TradeInspection.Get(outTradeNo, store, time)).WithSummary("交易状态、通知与退款");
        group.MapPost("/tampering/{method}", (string method, ResponseTampering tampering) =>
            GatewayFaults.TamperNext(method, tampering)).WithSummary("篡改该方法下一次应答的签名");
        group.MapPost("/outage", (AlipayOutage outage) => GatewayFaults.BeginOutage(outage)).WithSummary("网关开始停机（答 503）");
        group.MapDelete("/outage", (AlipayOutage outage) => GatewayFaults.EndOutage(outage)).WithSummary("网关恢复");
        group.MapPost("/trades/{outTradeNo}/pay", (string outTradeNo, bool? notify, TradeStore store, TradeNotifier notifier, TimeProvider time,
                CancellationToken ct) => EmulatedPayments.PayAsync(outTradeNo, notify, store, notifier, time, ct))
            .WithSummary("支付（幂等）并通知；?notify=false：已付款但通知迟到");
        group.MapPost("/trades/{outTradeNo}/notify-again", (string outTradeNo, TradeStore store, TradeNotifier notifier, TimeProvider time,
                CancellationToken ct) => EmulatedPayments.NotifyAgainAsync(outTradeNo, store, notifier, time, ct))
            .WithSummary("再次发送已支付交易的通知");
        return app;
    }
}
