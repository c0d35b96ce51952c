using AccountingPlatform.Channels.WeChatPay;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>
/// A Native order. NOTPAY until paid (SUCCESS) or closed by the merchant (CLOSED); REFUND once money went back. Past
/// <c>time_expire</c> it can no longer be paid but stays NOTPAY: WeChat Pay does not close it, the merchant does.
/// </summary>
public sealed class WeChatTrade(
    string mchId, string appId, string outTradeNo, string description, long total, string notifyUrl, string codeUrl,
    DateTimeOffset createdAt, DateTimeOffset? expiresAt)
{
    private readonly Lock _gate = new();
    private readonly List<WeChatNotificationAttempt> _notifications = [];
    private readonly Dictionary<string, WeChatEmulatedRefund> _refunds = new(StringComparer.Ordinal);

    public string MchId { get; } = mchId;
    public string AppId { get; } = appId;
    public string OutTradeNo { get; } = outTradeNo;
    public string Description { get; } = description;
    public long Total { get; } = total;
    public string NotifyUrl { get; } = notifyUrl;
    public string CodeUrl { get; } = codeUrl;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset? ExpiresAt { get; } = expiresAt;
    public string State { get; private set; } = WeChatPayTradeState.NotPay;
    public string? TransactionId { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>The emulated payer's openid.</summary>
    public static string PayerOpenId => "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>Pays the trade under <paramref name="transactionId"/>; true also when it was already paid. False when closed or past time_expire.</summary>
    public bool TryPay(string transactionId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (State is WeChatPayTradeState.Success or WeChatPayTradeState.Refund)
                return true;
            if (State != WeChatPayTradeState.NotPay || IsExpiredAt(now))
                return false;
            State = WeChatPayTradeState.Success;
            TransactionId = transactionId;
            PaidAt = now;
            return true;
        }
    }

    /// <summary>Closes an unpaid trade; true also when already closed, false when paid.</summary>
    public bool TryClose()
    {
        lock (_gate)
        {
            if (State is WeChatPayTradeState.Success or WeChatPayTradeState.Refund)
                return false;
            State = WeChatPayTradeState.Closed;
            return true;
        }
    }

    /// <summary>
    /// Refunds <paramref name="refund"/> fen: only a paid trade, <paramref name="total"/> must be the order's, never more
    /// than what is left, once per <paramref name="outRefundNo"/> (the same number and amount again moves nothing).
    /// </summary>
    public WeChatRefundOutcome Refund(string outRefundNo, string refundId, long refund, long total, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_refunds.TryGetValue(outRefundNo, out var earlier))
                return new(earlier.Refund == refund ? WeChatRefundResult.AlreadyRefunded : WeChatRefundResult.RefundNoReused, earlier);
            if (State is not (WeChatPayTradeState.Success or WeChatPayTradeState.Refund))
                return new(WeChatRefundResult.NotPaid, null);
            if (total != Total)
                return new(WeChatRefundResult.TotalMismatch, null);
            if (refund > Total - _refunds.Values.Sum(r => r.Refund))
                return new(WeChatRefundResult.NotEnough, null);

            var made = new WeChatEmulatedRefund(outRefundNo, refundId, refund, total, now);
            _refunds.Add(outRefundNo, made);
            State = WeChatPayTradeState.Refund;
            return new(WeChatRefundResult.Refunded, made);
        }
    }

    public long RefundedAmount()
    {
        lock (_gate)
            return _refunds.Values.Sum(r => r.Refund);
    }

    public IReadOnlyList<WeChatEmulatedRefund> Refunds()
    {
        lock (_gate)
            return [.. _refunds.Values.OrderBy(r => r.RefundedAt)];
    }

    public void Record(WeChatNotificationAttempt attempt)
    {
        lock (_gate)
            _notifications.Add(attempt);
    }

    public IReadOnlyList<WeChatNotificationAttempt> Notifications()
    {
        lock (_gate)
            return [.. _notifications];
    }
}
