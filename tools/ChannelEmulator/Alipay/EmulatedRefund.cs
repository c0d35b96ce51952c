namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>One refund of a trade, named by the merchant's <c>out_request_no</c>; <see cref="Amount"/> in yuan.</summary>
public sealed record EmulatedRefund(string OutRequestNo, decimal Amount, DateTimeOffset RefundedAt);
