namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// The answer to queryTrans (txnType 00): the queried transaction's own result <c>origRespCode</c>/<c>origRespMsg</c>
/// (00 paid; 03/04/05 not known yet; others failed), its <c>queryId</c> (UnionPay's transaction number, what a refund
/// names as <c>origQryId</c>), <c>txnAmt</c> and <c>settleAmt</c> in fen. Fields as in jifuwei/lol
/// …/product/qrcode/model/QRCodeTransactionStatusQuerySyncResp.java.
/// </summary>
public sealed record UnionPayTransaction(
    string OrderId, string OrigRespCode, string OrigRespMsg, string? QueryId, long? TxnAmtFen, long? SettleAmtFen,
    IReadOnlyDictionary<string, string> Fields)
{
    public bool IsPaid => OrigRespCode == UnionPayProtocol.SuccessCode;

    public bool IsPending => UnionPayProtocol.IsPending(OrigRespCode);
}
