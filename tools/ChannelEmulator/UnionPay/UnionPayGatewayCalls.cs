using AccountingPlatform.Channels.UnionPay;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// One form post to the emulated gateway: check the signed fields, run the transaction (申请二维码, 退货, 查询), answer
/// with a signed raw <c>key=value&amp;…</c> text, errors included.
/// </summary>
public static class UnionPayGatewayCalls
{
    // The real gateway's content type for answers was not confirmed; the SDKs read the body as text regardless.
    private const string ContentType = "text/plain; charset=utf-8";

    public static async Task<IResult> BackTransAsync(HttpContext http, UnionPayPlatform platform, UnionPayTransactions transactions)
    {
        var fields = await UnionPayRequestReader.ReadFieldsAsync(http.Request, http.RequestAborted);
        var text = UnionPayRequestReader.Check(fields, platform) is { } refusal
            ? UnionPayAnswer.Write(fields, refusal.Code, refusal.Msg, platform)
            : (fields["txnType"], fields["txnSubType"]) switch
            {
                (UnionPayProtocol.TxnTypeConsume, UnionPayProtocol.TxnSubTypeApplyQrCode) => transactions.ApplyQrCode(fields),
                (UnionPayProtocol.TxnTypeRefund, _) => transactions.Refund(fields),
                _ => UnionPayAnswer.Write(fields, UnionPayRespCodes.FormatError, "交易类型不支持[txnType]", platform),
            };
        return Results.Text(text, ContentType);
    }

    public static async Task<IResult> QueryTransAsync(HttpContext http, UnionPayPlatform platform, UnionPayTransactions transactions)
    {
        var fields = await UnionPayRequestReader.ReadFieldsAsync(http.Request, http.RequestAborted);
        var text = UnionPayRequestReader.Check(fields, platform) is { } refusal
            ? UnionPayAnswer.Write(fields, refusal.Code, refusal.Msg, platform)
            : fields["txnType"] == UnionPayProtocol.TxnTypeQuery
                ? transactions.Query(fields)
                : UnionPayAnswer.Write(fields, UnionPayRespCodes.FormatError, "交易类型不支持[txnType]", platform);
        return Results.Text(text, ContentType);
    }
}
