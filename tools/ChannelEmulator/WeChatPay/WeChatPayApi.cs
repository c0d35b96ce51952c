using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

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
            HandleAsync(http, (merchant, body) => methods.CreateNative(merchant, body!)));
        group.MapGet("/pay/transactions/out-trade-no/{outTradeNo}", (string outTradeNo, string? mchid, HttpContext http, WeChatPayTradeMethods methods) =>
            HandleAsync(http, (merchant, _) => methods.Query(merchant, outTradeNo, mchid)));
        group.MapPost("/pay/transactions/out-trade-no/{outTradeNo}/close", (string outTradeNo, HttpContext http, WeChatPayTradeMethods methods) =>
            HandleAsync(http, (merchant, body) => methods.Close(merchant, outTradeNo, body!)));
        group.MapPost("/refund/domestic/refunds", (HttpContext http, WeChatPayTradeMethods methods) =>
            HandleAsync(http, (merchant, body) => methods.Refund(merchant, body!)));
        return app;
    }

    /// <summary>Reads the body as sent, authenticates it, gives a POST's JSON to <paramref name="act"/>, writes the signed answer.</summary>
    private static async Task HandleAsync(HttpContext http, Func<EmulatorWeChatPayMerchant, JsonObject?, WeChatPayReply> act)
    {
        var platform = http.RequestServices.GetRequiredService<WeChatPayPlatform>();
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted);

        var reply = WeChatPayRequestAuthenticator.TryAuthenticate(http, body, platform, time.GetUtcNow(), out var merchant);
        if (reply is null)
        {
            JsonObject? json = null;
            if (HttpMethods.IsPost(http.Request.Method) && !TryParse(body, out json))
                reply = WeChatPayReply.ParamError("请求体不是JSON对象");
            else
                reply = act(merchant!, json);
        }
        await WeChatPayReplyWriter.WriteAsync(http, reply, platform, time);
    }

    private static bool TryParse(string body, out JsonObject? json)
    {
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }
        return json is not null;
    }
}
