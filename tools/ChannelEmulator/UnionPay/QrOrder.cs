namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>An order made by 申请二维码; changes under its own lock.</summary>
public sealed class QrOrder(
    string merId, string orderId, string txnTime, long amountFen, string backUrl, string qrCode,
    DateTimeOffset createdAt, DateTimeOffset expiresAt)
{
    private readonly Lock _gate = new();
    private readonly List<QrOrderRefund> _refunds = [];
    private readonly List<UnionPayNotifyAttempt> _notifications = [];
    private string _status = QrOrderStatus.Unpaid;

    public string MerId { get; } = merId;
    public string OrderId { get; } = orderId;
    public string TxnTime { get; } = txnTime;
    public long AmountFen { get; } = amountFen;
    public string BackUrl { get; } = backUrl;
    public string QrCode { get; } = qrCode;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset ExpiresAt { get; } = expiresAt;
    public string? QueryId { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }

    public string StatusAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_status == QrOrderStatus.Unpaid && ExpiresAt <= now)
                _status = QrOrderStatus.Expired;
            return _status;
        }
    }

    /// <summary>Pays the order with <paramref name="queryId"/>; true also when it was paid already, false once expired.</summary>
    public bool TryPay(string queryId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var status = StatusAt(now);
            if (status == QrOrderStatus.Expired)
                return false;
            if (status == QrOrderStatus.Unpaid)
            {
                _status = QrOrderStatus.Paid;
                QueryId = queryId;
                PaidAt = now;
            }
            return true;
        }
    }

    /// <summary>Refunds at most what was paid minus what was refunded; a full refund makes the order REFUNDED.</summary>
    public QrOrderRefundOutcome Refund(string refundOrderId, string txnTime, string queryId, long amountFen, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (StatusAt(now) != QrOrderStatus.Paid)
                return new(null, UnionPayRespCodes.OriginalStateWrong, "原交易状态不正确");
            var refunded = _refunds.Sum(r => r.AmountFen);
            if (amountFen > AmountFen - refunded)
                return new(null, UnionPayRespCodes.AmountExceeded, "退货金额超限");
            var refund = new QrOrderRefund(refundOrderId, txnTime, queryId, amountFen, now);
            _refunds.Add(refund);
            if (refunded + amountFen == AmountFen)
                _status = QrOrderStatus.Refunded;
            return new(refund, null, null);
        }
    }

    public IReadOnlyList<QrOrderRefund> Refunds()
    {
        lock (_gate)
            return [.. _refunds];
    }

    public void Record(UnionPayNotifyAttempt attempt)
    {
        lock (_gate)
            _notifications.Add(attempt);
    }

    public IReadOnlyList<UnionPayNotifyAttempt> Notifications()
    {
        lock (_gate)
            return [.. _notifications];
    }
}
