using System.Globalization;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>A trade made by <c>alipay.trade.precreate</c>; changes under its own lock.</summary>
public sealed class EmulatedTrade(
    string appId, string outTradeNo, string tradeNo, string totalAmount, string subject,
    string? notifyUrl, string qrCode, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
{
    private readonly Lock _gate = new();
    private readonly List<NotificationAttempt> _notifications = [];
    private readonly Dictionary<string, EmulatedRefund> _refunds = new(StringComparer.Ordinal);
    private readonly decimal _total = decimal.Parse(totalAmount, CultureInfo.InvariantCulture);
    private string _status = TradeStatus.WaitBuyerPay;
    private int _closeCalls;
    private int _refundCalls;

    public string AppId { get; } = appId;
    public string OutTradeNo { get; } = outTradeNo;
    public string TradeNo { get; } = tradeNo;
    public string TotalAmount { get; } = totalAmount;
    public string Subject { get; } = subject;
    public string? NotifyUrl { get; } = notifyUrl;
    public string QrCode { get; } = qrCode;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset? ExpiresAt { get; } = expiresAt;
    public DateTimeOffset? PaidAt { get; private set; }

    // The emulated buyer and seller (2088… are Alipay user ids).
    public string BuyerId => "2088102177846880";
    public string BuyerLogonId => "159****5620";
    public string SellerId => "2088102177846881";

    /// <summary>The status now; an unpaid trade past its <c>timeout_express</c> is closed.</summary>
    public string StatusAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_status == TradeStatus.WaitBuyerPay && ExpiresAt <= now)
                _status = TradeStatus.Closed;
            return _status;
        }
    }

    /// <summary>Pays the trade; true also when it was already paid, false when it is closed.</summary>
    public bool TryPay(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (StatusAt(now) == TradeStatus.Closed)
                return false;
            if (_status == TradeStatus.WaitBuyerPay)
            {
                _status = TradeStatus.Success;
                PaidAt = now;
            }
            return true;
        }
    }

    /// <summary>Closes an unpaid trade; true also when it was already closed, false when it is paid.</summary>
    public bool TryClose(DateTimeOffset now)
    {
        lock (_gate)
        {
            _closeCalls++;
            if (StatusAt(now) == TradeStatus.Success)
                return false;
            _status = TradeStatus.Closed;
            return true;
        }
    }

    /// <summary>
    /// Refunds <paramref name="amount"/> (yuan) under Alipay's rules: only a TRADE_SUCCESS trade, never more than was
    /// paid minus what was refunded already, and one refund per <paramref name="outRequestNo"/> (the same number again
    /// moves no money). A trade refunded in full becomes TRADE_CLOSED, as at Alipay.
    /// </summary>
    public RefundOutcome Refund(string outRequestNo, decimal amount, DateTimeOffset now)
    {
        lock (_gate)
        {
            _refundCalls++;
            var refunded = _refunds.Values.Sum(r => r.Amount);
            if (_refunds.TryGetValue(outRequestNo, out var earlier))
                return new(earlier.Amount == amount ? RefundResult.AlreadyRefunded : RefundResult.RequestNoReused, earlier, refunded);
            if (StatusAt(now) != TradeStatus.Success)
                return new(RefundResult.NotPaid, null, refunded);
            if (amount > _total - refunded)
                return new(RefundResult.ExceedsRefundable, null, refunded);

            var refund = new EmulatedRefund(outRequestNo, amount, now);
            _refunds.Add(outRequestNo, refund);
            refunded += amount;
            if (refunded == _total)
                _status = TradeStatus.Closed;
            return new(RefundResult.Refunded, refund, refunded);
        }
    }

    /// <summary>What was refunded so far, in yuan.</summary>
    public decimal RefundedAmount()
    {
        lock (_gate)
            return _refunds.Values.Sum(r => r.Amount);
    }

    public IReadOnlyList<EmulatedRefund> Refunds()
    {
        lock (_gate)
            return [.. _refunds.Values.OrderBy(r => r.RefundedAt)];
    }

    /// <summary>How many <c>alipay.trade.close</c> and <c>alipay.trade.refund</c> requests reached this trade, whatever they answered (a test's count of a worker's calls).</summary>
    public (int Close, int Refund) Calls()
    {
        lock (_gate)
            return (_closeCalls, _refundCalls);
    }

    public void Record(NotificationAttempt attempt)
    {
        lock (_gate)
            _notifications.Add(attempt);
    }

    public IReadOnlyList<NotificationAttempt> Notifications()
    {
        lock (_gate)
            return [.. _notifications];
    }
}
