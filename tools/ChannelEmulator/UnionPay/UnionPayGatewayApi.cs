using AccountingPlatform.Channels.UnionPay;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// <c>/unionpay/gateway/api/backTransReq.do</c> (申请二维码, 退货) and <c>/unionpay/gateway/api/queryTrans.do</c>
/// (交易状态查询): form posts answered HTTP 200 with a signed raw <c>key=value&amp;…</c> text, errors included.
/// </summary>
public static class UnionPayGatewayApi
{
    // The real gateway's content type for answers was not confirmed; the SDKs read the body as text regardless.
    private const string ContentType = "text/plain; charset=utf-8";

    public static IEndpointRouteBuilder MapUnionPayGatewayApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/unionpay" + UnionPayProtocol.BackTransPath, BackTransAsync).WithTags("UnionPay gateway (emulated)").ExcludeFromDescription();
        app.MapPost("/unionpay" + UnionPayProtocol.QueryTransPath, QueryTransAsync).WithTags("UnionPay gateway (emulated)").ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> BackTransAsync(HttpContext http, UnionPayPlatform platform, UnionPayTransactions transactions)
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

    private static async Task<IResult> QueryTransAsync(HttpContext http, UnionPayPlatform platform, UnionPayTransactions transactions)
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
