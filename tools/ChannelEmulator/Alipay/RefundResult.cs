namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>What Alipay's refund rules make of one <c>alipay.trade.refund</c> request.</summary>
public enum RefundResult
{
    /// <summary>The money went back to the buyer now (<c>fund_change</c> Y).</summary>
    Refunded,
    /// <summary>This out_request_no was refunded before, for the same amount: success, no money moves (<c>fund_change</c> N).</summary>
    AlreadyRefunded,
    /// <summary>This out_request_no was refunded before, for another amount.</summary>
    RequestNoReused,
    /// <summary>The trade is not TRADE_SUCCESS (unpaid, closed, or refunded in full).</summary>
    NotPaid,
    /// <summary>More than what was paid minus what was refunded already.</summary>
    ExceedsRefundable,
}
