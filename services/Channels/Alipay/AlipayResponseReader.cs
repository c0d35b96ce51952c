using System.Security.Cryptography;
using System.Text.Json;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>
/// Reads <c>{"&lt;method_with_underscores&gt;_response":{…},"sign":"…"}</c> and verifies the sign over the exact
/// text of the response node as it was received.
/// </summary>
internal static class AlipayResponseReader
{
    public static AlipayResponse Read(string text, string method, RSA alipayPublicKey)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException("The Alipay gateway answered something that is not JSON.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var responseKey = method.Replace('.', '_') + "_response";
            // The gateway answers error_response when it cannot tell the method (e.g. isv.invalid-method).
            if (root.ValueKind != JsonValueKind.Object
                || !(root.TryGetProperty(responseKey, out var node) || root.TryGetProperty("error_response", out node))
                || node.ValueKind != JsonValueKind.Object
                || String(node, "code") is not { } code)
            {
                throw new HttpRequestException($"The Alipay gateway's answer has no {responseKey} with a code.");
            }

            if (String(root, "sign") is { Length: > 0 } sign)
            {
                // GetRawText returns the node exactly as received, which is what Alipay signed.
                if (!AlipaySignature.Verify(node.GetRawText(), sign, alipayPublicKey))
                    throw new AlipaySignatureException($"The signature of Alipay's {responseKey} does not verify.");
            }
            else if (code == AlipayResponse.SuccessCode)
            {
                throw new AlipaySignatureException($"Alipay's {responseKey} reports success but is not signed.");
            }
            // Otherwise accepted unsigned: real Alipay leaves the sign off some error answers (gateway-level
            // errors). So an unsigned answer is only ever taken as a failure, never as a success.

            return new AlipayResponse(code, String(node, "msg") ?? "", String(node, "sub_code"), String(node, "sub_msg"), node.Clone());
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
