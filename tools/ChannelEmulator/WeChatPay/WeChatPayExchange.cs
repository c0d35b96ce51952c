using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>One request to the emulated API v3: read as sent, authenticated, acted on, answered signed.</summary>
public static class WeChatPayExchange
{
    /// <summary>Reads the body as sent, authenticates it, gives a POST's JSON to <paramref name="act"/>, writes the signed answer.</summary>
    public static async Task HandleAsync(HttpContext http, Func<EmulatorWeChatPayMerchant, JsonObject?, WeChatPayReply> act)
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
