using AccountingPlatform.Payment.Refunds;

namespace AccountingPlatform.Payment.Orders;

/// <summary>One payment attempt of an enrollment on one channel, with the QR code the candidate scans.</summary>
public sealed class PaymentOrder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnrollmentId { get; init; }
    public Guid UserId { get; init; }
    public PaymentChannel Channel { get; init; }
    public required string OutTradeNo { get; init; }
    public long AmountFen { get; init; }
    public string? QrCode { get; set; }
    /// <summary>The verified phone and the e-mail the receipt goes to, as given in the pre-pay step for this order.</summary>
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public PaymentOrderStatus Status { get; set; }
    public string? ChannelTradeNo { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public RefundReason? RefundReason { get; private set; }
    /// <summary>
    /// The refund's number at the channel (Alipay's out_request_no, WeChat Pay's out_refund_no, UnionPay's orderId of the
    /// 退货): derived from the order, so every retry names the same refund. <c>R</c> and the order's number without its
    /// first character: 32 letters and digits, UnionPay's limit, and never another order's number (those are hex).
    /// </summary>
    public string? RefundNo { get; private set; }
    public DateTimeOffset? RefundRequestedAt { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }
    public int RefundAttempts { get; private set; }
    /// <summary>When the refund worker next tries the channel; null once refunded.</summary>
    public DateTimeOffset? NextRefundAttemptAt { get; private set; }
    /// <summary>When the reconciliation worker next asks the channel about this pending order (a notify may be lost, the code may expire).</summary>
    public DateTimeOffset? NextCheckAt { get; private set; }
    public int Checks { get; private set; }
    public uint RowVersion { get; set; }

    /// <summary>
    /// Closed here. A code its channel may still take money on (UnionPay cannot close a QR order; a close at the channel
    /// failed) is looked at once more when it can no longer be paid, <paramref name="after"/> past its expiry, so money
    /// paid on it does not hang on its notify alone; otherwise it is not looked at again.
    /// </summary>
    public void Close(DateTimeOffset now, bool stillPayableAtChannel, TimeSpan after)
    {
        Status = PaymentOrderStatus.Closed;
        NextCheckAt = stillPayableAtChannel ? Latest(now, ExpiresAt + after) : null;
    }

    /// <summary>The last look at a closed order is done.</summary>
    public void EndChecks() => NextCheckAt = null;

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>The first check of a new order: <paramref name="after"/> after it was made.</summary>
    public void ScheduleFirstCheck(TimeSpan after) => NextCheckAt = CreatedAt + after;

    /// <summary>
    /// Still pending at the channel, or no answer: ask again at twice the last interval (at most 10 minutes), and
    /// <paramref name="after"/> past the code's expiry at the latest, when an expired code is closed (a candidate who
    /// renews it at once closes it meanwhile).
    /// </summary>
    public void ScheduleNextCheck(DateTimeOffset now, TimeSpan after)
    {
        Checks++;
        var next = now + TimeSpan.FromTicks((long)Math.Min(TimeSpan.FromMinutes(10).Ticks, after.Ticks * Math.Pow(2, Math.Min(Checks, 10))));
        var expiryCheck = ExpiresAt + after;
        NextCheckAt = now < expiryCheck ? Earliest(next, expiryCheck) : next;
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>The money this order took is to go back, all of it, once; the refund worker returns it through the channel.</summary>
    public void RequireRefund(RefundReason reason, DateTimeOffset now)
    {
        Status = PaymentOrderStatus.RefundRequired;
        RefundReason = reason;
        RefundNo = "R" + OutTradeNo[1..];
        RefundRequestedAt = now;
        NextRefundAttemptAt = now;
    }

    public void RecordRefund(DateTimeOffset refundedAt)
    {
        Status = PaymentOrderStatus.Refunded;
        RefundedAt = refundedAt.ToUniversalTime();
        NextRefundAttemptAt = null;
    }

    /// <summary>The channel did not refund it this time: try again in 10 s, doubling each time up to 30 minutes.</summary>
    public void RetryRefundLater(DateTimeOffset now)
    {
        RefundAttempts++;
        NextRefundAttemptAt = now + TimeSpan.FromSeconds(Math.Min(30 * 60, 10 * Math.Pow(2, Math.Min(RefundAttempts - 1, 8))));
    }
}
