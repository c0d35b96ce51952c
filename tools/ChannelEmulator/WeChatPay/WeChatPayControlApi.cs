using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>What a test or a developer does in place of the payer at WeChat: pay a trade; and what they look at: its state, callbacks and refunds.</summary>
public static class WeChatPayControlApi
{
    public static IEndpointRouteBuilder MapWeChatPayControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/wechatpay").WithTags("WeChat Pay emulator control");
        group.MapGet("/platform", (WeChatPayPlatform platform) =>
            TypedResults.Ok(new { platformSerialNo = platform.SerialNo, platformPublicKey = platform.PublicKeyPem }));
        group.MapGet("/trades/{outTradeNo}", GetTrade);
        group.MapPost("/trades/{outTradeNo}/pay", PayAsync);
        return app;
    }

    private static IResult GetTrade(string outTradeNo, WeChatTradeStore store, TimeProvider time)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return TradeNotFound();
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

    /// <summary>
    /// Pays (idempotently) and sends the callback; answers after the first attempt, retries go on in the background.
    /// <c>?notify=false</c>: paid, but the callback is late (never sent).
    /// </summary>
    private static async Task<IResult> PayAsync(
        string outTradeNo, bool? notify, WeChatTradeStore store, WeChatPayNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return TradeNotFound();
        var now = time.GetUtcNow();
        if (!trade.TryPay(store.NextTransactionId(), now))
        {
            return trade.State == WeChatPayTradeState.Closed
                ? ApiProblem.Conflict("EMULATOR_TRADE_CLOSED", "订单已关闭，不能支付")
                : ApiProblem.Conflict("EMULATOR_TRADE_EXPIRED", "订单已过支付结束时间（time_expire），不能支付");
        }
        if (notify == false)
            return TypedResults.Ok(new { trade.TransactionId, Notified = false, LastStatus = (int?)null, LastResponse = "未发送通知（notify=false）" });
        var attempt = await notifier.NotifyAsync(trade, ct);
        return TypedResults.Ok(new { trade.TransactionId, Notified = attempt.Acknowledged, LastStatus = attempt.StatusCode, LastResponse = attempt.Response });
    }

    private static IResult TradeNotFound() => ApiProblem.NotFound("EMULATOR_TRADE_NOT_FOUND", "订单不存在");
}
