namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>The result of a refund request, the refund it names (new or earlier), and the trade's refunded total after it (yuan).</summary>
public sealed record RefundOutcome(RefundResult Result, EmulatedRefund? Refund, decimal RefundedTotal);
