namespace AccountingPlatform.Payment.Orders;

public enum PaymentOrderStatus
{
    /// <summary>QR code shown, waiting for the candidate to pay.</summary>
    Pending,
    Paid,
    /// <summary>Expired or replaced by a renewed code.</summary>
    Closed,
    /// <summary>
    /// Money this order took is to go back (<see cref="PaymentOrder.RefundReason"/>: withdrawn, not payable, paid twice):
    /// the refund worker returns it through the channel, retrying until it has. Never lost.
    /// </summary>
    RefundRequired,
    /// <summary>The channel returned the money (<see cref="PaymentOrder.RefundedAt"/>); <c>PaymentRefunded</c> was published.</summary>
    Refunded,
}
