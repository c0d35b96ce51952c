namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// The synchronous answer to a refund (退货, txnType 04): respCode 00 means accepted (受理), not refunded; the outcome
/// comes in the back-end notification or by querying the refund's own <c>orderId</c>/<c>txnTime</c>
/// (acp demo Form_6_4_Refund.php, hectorqin/lpays src/libs/upacp_apple_pay/demo/api_05_app/).
/// </summary>
public sealed record UnionPayRefund(string OrderId, string TxnTime, string? QueryId, IReadOnlyDictionary<string, string> Fields);
