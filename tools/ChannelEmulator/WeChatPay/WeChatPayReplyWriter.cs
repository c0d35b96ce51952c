using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AccountingPlatform.Channels.WeChatPay;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>Writes an answer as WeChat Pay does: its body signed with the platform key in the <c>Wechatpay-*</c> headers.</summary>
public static class WeChatPayReplyWriter
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext http, WeChatPayReply reply, WeChatPayPlatform platform, TimeProvider time)
    {
        var body = reply.Body?.ToJsonString(Json) ?? "";
        foreach (var (name, value) in SignedHeaders(body, platform, time))
            http.Response.Headers[name] = value;
        http.Response.Headers["Request-ID"] = Guid.NewGuid().ToString();
        http.Response.StatusCode = reply.Status;
        if (reply.Body is null)
            return;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body, Encoding.UTF8, http.RequestAborted);
    }

    /// <summary>The four headers that sign <paramref name="body"/> now (answers and callbacks alike).</summary>
    public static IEnumerable<KeyValuePair<string, string>> SignedHeaders(string body, WeChatPayPlatform platform, TimeProvider time)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = WeChatPaySignature.NewNonce();
        var signature = platform.Sign(WeChatPaySignature.BuildResponseMessage(timestamp, nonce, body));
        return
        [
            new(WeChatPayHeaders.Timestamp, timestamp),
            new(WeChatPayHeaders.Nonce, nonce),
            new(WeChatPayHeaders.Signature, signature),
            new(WeChatPayHeaders.Serial, platform.SerialNo),
        ];
    }
}
