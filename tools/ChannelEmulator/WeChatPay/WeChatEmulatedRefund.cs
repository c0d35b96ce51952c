namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>One refund of a trade, named by the merchant's out_refund_no; amounts in fen.</summary>
public sealed record WeChatEmulatedRefund(string OutRefundNo, string RefundId, long Refund, long Total, DateTimeOffset RefundedAt);
