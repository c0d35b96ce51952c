namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>The emulator's own names for a QR order's state (UnionPay itself speaks only in respCode/origRespCode).</summary>
public static class QrOrderStatus
{
    public const string Unpaid = "UNPAID";
    public const string Paid = "PAID";
    /// <summary>Refunded in full; a partial refund leaves the order PAID with a refunded amount.</summary>
    public const string Refunded = "REFUNDED";
    /// <summary>Not paid by its payTimeout: the QR code can no longer be paid.</summary>
    public const string Expired = "EXPIRED";
}
