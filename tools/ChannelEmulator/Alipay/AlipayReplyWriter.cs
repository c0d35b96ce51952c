using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// Writes <c>{"&lt;key&gt;":&lt;node&gt;,"sign":"…"}</c>: the node text is made first and signed as it is, then
/// concatenated, so the signed text is byte-for-byte what the merchant receives.
/// </summary>
public static class AlipayReplyWriter
{
    private static readonly JsonWriterOptions NodeOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string responseKey, AlipayReply reply, AlipayPlatform platform)
    {
        var node = WriteNode(reply);
        var sign = platform.Sign(node);
        return "{" + JsonSerializer.Serialize(responseKey, AlipayJson.Relaxed) + ":" + node + ",\"sign\":" + JsonSerializer.Serialize(sign, AlipayJson.Relaxed) + "}";
    }

    public static string WriteNode(AlipayReply reply)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, NodeOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("code", reply.Code);
            writer.WriteString("msg", reply.Msg);
            if (reply.SubCode is not null)
                writer.WriteString("sub_code", reply.SubCode);
            if (reply.SubMsg is not null)
                writer.WriteString("sub_msg", reply.SubMsg);
            foreach (var (key, value) in reply.Fields.Where(f => f.Value is not null))
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, value, value!.GetType(), AlipayJson.Relaxed);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
