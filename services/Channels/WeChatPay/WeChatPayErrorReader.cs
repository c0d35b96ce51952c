using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>Turns a non-2xx answer's <c>{"code","message"}</c> into a <see cref="WeChatPayException"/>.</summary>
internal static class WeChatPayErrorReader
{
    public static WeChatPayException Read(HttpStatusCode status, string body)
    {
        string? code = null, message = null;
        try
        {
            if (JsonNode.Parse(body) is JsonObject error)
            {
                code = (error["code"] as JsonValue)?.TryGetValue<string>(out var c) == true ? c : null;
                message = (error["message"] as JsonValue)?.TryGetValue<string>(out var m) == true ? m : null;
            }
        }
        catch (JsonException)
        {
            // Not JSON (e.g. a proxy's page): the status is all there is.
        }
        return new WeChatPayException(status, code ?? $"HTTP_{(int)status}", message ?? "");
    }
}
