using System.Collections.Concurrent;
using System.Globalization;
using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>QR orders by orderId, refunds by their own orderId, payments and refunds by queryId; one namespace for all merchants.</summary>
public sealed class QrOrderStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, QrOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (QrOrder Order, QrOrderRefund Refund)> _refunds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, QrOrder> _byQueryId = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>Adds <paramref name="order"/>; false when its orderId is taken (by an order or a refund).</summary>
    public bool TryAdd(QrOrder order) => !_refunds.ContainsKey(order.OrderId) && _orders.TryAdd(order.OrderId, order);

    public QrOrder? Find(string orderId) => _orders.GetValueOrDefault(orderId);

    public QrOrder? FindByQueryId(string queryId) => _byQueryId.GetValueOrDefault(queryId);

    public (QrOrder Order, QrOrderRefund Refund)? FindRefund(string refundOrderId) =>
        _refunds.TryGetValue(refundOrderId, out var found) ? found : null;

    public bool IsTaken(string orderId) => _orders.ContainsKey(orderId) || _refunds.ContainsKey(orderId);

    public void AddPaid(QrOrder order) => _byQueryId.TryAdd(order.QueryId!, order);

    public void AddRefund(QrOrder order, QrOrderRefund refund) => _refunds.TryAdd(refund.OrderId, (order, refund));

    /// <summary>A new queryId shaped like UnionPay's: Beijing yyyyMMddHHmmss and 7 more digits (21 in all).</summary>
    public string NextQueryId() =>
        BeijingTime.Format(time.GetUtcNow(), UnionPayProtocol.TimePattern)
        + (Interlocked.Increment(ref _sequence) % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
}
