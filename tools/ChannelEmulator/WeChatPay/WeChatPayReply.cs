using System.Text.Json.Nodes;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>
/// An answer of the emulated API: an HTTP status and a JSON body (none for 204). Errors are
/// <c>{"code","message"}</c> with WeChat Pay's codes. https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay2_0.shtml
/// </summary>
public sealed record WeChatPayReply(int Status, JsonObject? Body)
{
    public static WeChatPayReply Ok(JsonObject body) => new(StatusCodes.Status200OK, body);

    public static WeChatPayReply NoContent() => new(StatusCodes.Status204NoContent, null);

    public static WeChatPayReply Error(int status, string code, string message) =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message });

    public static WeChatPayReply ParamError(string message) => Error(StatusCodes.Status400BadRequest, "PARAM_ERROR", message);

    public static WeChatPayReply SignError(string message) => Error(StatusCodes.Status401Unauthorized, "SIGN_ERROR", message);
}
