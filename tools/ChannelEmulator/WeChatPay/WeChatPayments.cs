using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>What the payer does at WeChat: pay a trade; and the callback WeChat Pay then sends.</summary>
public static class WeChatPayments
{
    /// <summary>
    /// Pays (idempotently) and sends the callback; answers after the first attempt, retries go on in the background.
    /// <c>?notify=false</c>: paid, but the callback is late (never sent).
    /// </summary>
    public static async Task<IResult> PayAsync(
        string outTradeNo, bool? notify, WeChatTradeStore store, WeChatPayNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return WeChatPayControlProblems.TradeNotFound();
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
}
