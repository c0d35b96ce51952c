using System.Text.Encodings.Web;
using System.Text.Json;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>JSON as Alipay writes it: Chinese left as it is, not <c>\uXXXX</c>.</summary>
public static class AlipayJson
{
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
