namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>What a refund request did to a trade.</summary>
public enum WeChatRefundResult
{
    Refunded,
    AlreadyRefunded,
    RefundNoReused,
    NotPaid,
    TotalMismatch,
    NotEnough,
}
