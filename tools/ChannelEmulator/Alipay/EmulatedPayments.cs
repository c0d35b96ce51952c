using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>What the buyer does at Alipay: pay a trade; and the notification Alipay then sends (again on request).</summary>
public static class EmulatedPayments
{
    /// <summary>
    /// Pays (idempotently) and notifies; answers after the first delivery attempt, retries go on in the background.
    /// <c>?notify=false</c>: the buyer has paid but the notification is late (send it with notify-again).
    /// </summary>
    public static async Task<IResult> PayAsync(
        string outTradeNo, bool? notify, TradeStore store, TradeNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return AlipayControlProblems.TradeNotFound();
        if (!trade.TryPay(time.GetUtcNow()))
            return ApiProblem.Conflict("EMULATOR_TRADE_CLOSED", "交易已关闭，不能支付");
        if (notify == false)
            return TypedResults.Ok(new { trade.TradeNo, Notified = false, LastResponse = "未发送通知（notify=false）" });
        return await NotifyAsync(trade, notifier, ct);
    }

    public static async Task<IResult> NotifyAgainAsync(string outTradeNo, TradeStore store, TradeNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return AlipayControlProblems.TradeNotFound();
        if (trade.StatusAt(time.GetUtcNow()) != TradeStatus.Success)
            return ApiProblem.Conflict("EMULATOR_TRADE_NOT_PAID", "交易尚未支付，没有可发送的通知");
        return await NotifyAsync(trade, notifier, ct);
    }

    private static async Task<IResult> NotifyAsync(EmulatedTrade trade, TradeNotifier notifier, CancellationToken ct)
    {
        var attempt = await notifier.NotifyAsync(trade, ct);
        return TypedResults.Ok(new
        {
            trade.TradeNo,
            Notified = attempt?.Acknowledged ?? false,
            LastResponse = attempt is null ? "交易没有 notify_url，未发送通知" : attempt.Response,
        });
    }
}
