using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// "我已付款但显示待缴费": when the candidate opens or refreshes a pending order, its channel is asked whether it was paid
/// (a query, as the reconciliation worker makes), so a lost or late notify does not leave it pending until the worker
/// comes; money found is applied by the one rule (<see cref="OrderPayments"/>). At most once every
/// <c>Payment:QueryOnViewEvery</c> per order, whichever instance serves the view (a Redis key). A channel or Redis that
/// does not answer at once leaves the order shown as it is.
/// </summary>
public sealed class OrderStatusRefresh(
    PaymentDbContext db, PaymentChannels channels, OrderPayments payments, IConnectionMultiplexer redis, IOptions<PaymentOptions> options,
    ILogger<OrderStatusRefresh> logger)
{
    /// <summary>How long a view waits for the channel before it shows the order as it is.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    /// <summary>The order to show: as loaded (tracked), or as it is once the channel's payment is applied.</summary>
    public async Task<PaymentOrder> RefreshAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        if (order is not { Status: PaymentOrderStatus.Pending, QrCode: not null } || !await TakeTurnAsync(order.Id)) return order;
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            var trade = await channels.Of(order).QueryAsync(order, patience.Token);
            if (!trade.IsPaid || trade.AmountFen != order.AmountFen) return order;
            await payments.ApplyAsync(order, trade.TradeNo, trade.PaidAt, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Order {OrderId} was found paid at {Channel} when its candidate looked at it; applied as {Status}", order.Id, order.Channel, order.Status);
            return order;
        }
        catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "{Channel} did not answer about order {OrderId} while its candidate looked at it; shown as it is", order.Channel, order.Id);
            return order;
        }
        catch (DbUpdateException)
        {
            // A notify or the reconciliation worker applied it meanwhile (or another order of the enrollment was paid at
            // once): what they saved is what is shown.
            db.ChangeTracker.Clear();
            return await db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id, cancellationToken);
        }
    }

    /// <summary>True when no view of the order asked its channel in the last interval (and now this one does).</summary>
    private async Task<bool> TakeTurnAsync(Guid orderId)
    {
        try
        {
            return await redis.GetDatabase().StringSetAsync($"payment:order-query:{orderId:N}", 1, options.Value.QueryOnViewEvery, When.NotExists);
        }
        catch (RedisException ex)
        {
            logger.LogWarning(ex, "Redis did not answer; order {OrderId} is shown without asking its channel", orderId);
            return false;
        }
    }
}
