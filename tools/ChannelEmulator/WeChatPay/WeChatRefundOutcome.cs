namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>A refund request's result and the refund it made (or the earlier one with that out_refund_no).</summary>
public sealed record WeChatRefundOutcome(WeChatRefundResult Result, WeChatEmulatedRefund? Refund);
