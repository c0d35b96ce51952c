namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>
/// The emulated WeChat Pay API v3 (api.mch.weixin.qq.com): every request's Authorization checked, every answer signed.
/// </summary>
public static class WeChatPayApi
{
    public static IEndpointRouteBuilder MapWeChatPayApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3").WithTags("WeChat Pay API v3 (emulated)").ExcludeFromDescription();
        group.MapPost("/pay/transactions/native", (HttpContext http, WeChatPayTradeMethods methods) =>
            WeChatPayExchange.HandleAsync(http, (merchant, body) => methods.CreateNative(merchant, body!)));
        group.MapGet("/pay/transactions/out-trade-no/{outTradeNo}", (string outTradeNo, string? mchid, HttpContext http, WeChatPayTradeMethods methods) =>
            WeChatPayExchange.HandleAsync(http, (merchant, _) => methods.Query(merchant, outTradeNo, mchid)));
        group.MapPost("/pay/transactions/out-trade-no/{outTradeNo}/close", (string outTradeNo, HttpContext http, WeChatPayTradeMethods methods) =>
            WeChatPayExchange.HandleAsync(http, (merchant, body) => methods.Close(merchant, outTradeNo, body!)));
        group.MapPost("/refund/domestic/refunds", (HttpContext http, WeChatPayTradeMethods methods) =>
            WeChatPayExchange.HandleAsync(http, (merchant, body) => methods.Refund(merchant, body!)));
        return app;
    }
}
