namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>What a refund request came to: the refund made, or why none was.</summary>
public sealed record QrOrderRefundOutcome(QrOrderRefund? Refund, string? RefusalCode, string? RefusalMessage);
