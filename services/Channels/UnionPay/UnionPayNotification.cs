namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// A verified back-end notification (posted to <c>backUrl</c>): the merchant's <c>orderId</c> and <c>txnTime</c>,
/// UnionPay's <c>queryId</c>, <c>respCode</c> (00: the payment or refund succeeded), <c>txnType</c> (01 payment,
/// 04 refund), <c>txnAmt</c> in fen and <c>merId</c>. Fields as in jifuwei/lol
/// …/product/qrcode/model/QRCodeMasterImgAsyncResp.java. <see cref="Fields"/> holds everything that was posted.
/// </summary>
public sealed record UnionPayNotification(
    string MerId, string OrderId, string TxnTime, string TxnType, string? QueryId, string RespCode, string RespMsg,
    long? TxnAmtFen, IReadOnlyDictionary<string, string> Fields)
{
    public bool IsSuccess => RespCode == UnionPayProtocol.SuccessCode;

    public bool IsPayment => TxnType == UnionPayProtocol.TxnTypeConsume;

    public bool IsRefund => TxnType == UnionPayProtocol.TxnTypeRefund;
}
