using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>The four <c>Wechatpay-*</c> values of one answer or callback, any of them possibly missing.</summary>
public sealed record WeChatPaySignedHeaders(string? Timestamp, string? Nonce, string? Signature, string? Serial)
{
    /// <summary>From an answer received by the client.</summary>
    public static WeChatPaySignedHeaders From(HttpResponseHeaders headers) => new(
        One(headers, WeChatPayHeaders.Timestamp), One(headers, WeChatPayHeaders.Nonce),
        One(headers, WeChatPayHeaders.Signature), One(headers, WeChatPayHeaders.Serial));

    /// <summary>From a callback request received by a merchant endpoint.</summary>
    public static WeChatPaySignedHeaders From(IHeaderDictionary headers) => new(
        Text(headers, WeChatPayHeaders.Timestamp), Text(headers, WeChatPayHeaders.Nonce),
        Text(headers, WeChatPayHeaders.Signature), Text(headers, WeChatPayHeaders.Serial));

    private static string? One(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string? Text(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
