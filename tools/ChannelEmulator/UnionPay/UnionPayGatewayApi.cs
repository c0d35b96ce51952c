using AccountingPlatform.Channels.UnionPay;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// <c>/unionpay/gateway/api/backTransReq.do</c> (申请二维码, 退货) and <c>/unionpay/gateway/api/queryTrans.do</c>
/// (交易状态查询): form posts answered HTTP 200 with a signed raw <c>key=value&amp;…</c> text, errors included.
/// </summary>
public static class UnionPayGatewayApi
{
    public static IEndpointRouteBuilder MapUnionPayGatewayApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/unionpay" + UnionPayProtocol.BackTransPath, (HttpContext http, UnionPayPlatform platform, UnionPayTransactions transactions) =>
            UnionPayGatewayCalls.BackTransAsync(http, platform, transactions)).WithTags("UnionPay gateway (emulated)").ExcludeFromDescription();
        app.MapPost("/unionpay" + UnionPayProtocol.QueryTransPath, (HttpContext http, UnionPayPlatform platform, UnionPayTransactions transactions) =>
            UnionPayGatewayCalls.QueryTransAsync(http, platform, transactions)).WithTags("UnionPay gateway (emulated)").ExcludeFromDescription();
        return app;
    }
}
