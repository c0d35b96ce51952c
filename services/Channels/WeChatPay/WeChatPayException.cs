using System.Net;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>
/// WeChat Pay refused a call: a non-2xx answer with its <c>{"code","message"}</c> (e.g. <c>ORDER_NOT_EXIST</c>,
/// <c>ORDERPAID</c>, <c>NOT_ENOUGH</c>, <c>SIGN_ERROR</c>). https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay2_0.shtml (错误信息)
/// </summary>
public sealed class WeChatPayException : Exception
{
    public WeChatPayException()
        : this(HttpStatusCode.InternalServerError, "UNKNOWN", "WeChat Pay refused the call.")
    {
    }

    public WeChatPayException(string message)
        : this(HttpStatusCode.InternalServerError, "UNKNOWN", message)
    {
    }

    public WeChatPayException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "UNKNOWN";
        StatusCode = HttpStatusCode.InternalServerError;
    }

    public WeChatPayException(HttpStatusCode statusCode, string code, string message)
        : base($"WeChat Pay answered {(int)statusCode} {code}: {message}")
    {
        StatusCode = statusCode;
        Code = code;
        WeChatMessage = message;
    }

    /// <summary>WeChat Pay's error code, upper snake case.</summary>
    public string Code { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary>WeChat Pay's own message (Chinese).</summary>
    public string? WeChatMessage { get; }
}
