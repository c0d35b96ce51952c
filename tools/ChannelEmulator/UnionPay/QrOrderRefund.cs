namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>A refund (退货) of a QR order: its own orderId and txnTime, the queryId UnionPay gave it, the amount in fen.</summary>
public sealed record QrOrderRefund(string OrderId, string TxnTime, string QueryId, long AmountFen, DateTimeOffset RefundedAt);
