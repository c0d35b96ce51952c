namespace AccountingPlatform.Payment.Orders;

public enum PaymentOrderStatus
{
    /// <summary>QR code shown, waiting for the candidate to pay.</summary>
    Pending,
    Paid,
    /// <summary>Expired or replaced by a renewed code.</summary>
    Closed,
    /// <summary>Money arrived although the enrollment was already paid by another order: to be refunded, never lost.</summary>
    RefundRequired,
}
