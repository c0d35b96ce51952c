using System.Text.Json;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Reads fields of <c>biz_content</c> as leniently as Alipay does (numbers as text, nested objects or JSON strings).</summary>
public static class BizContent
{
    public static string? GetString(JsonElement biz, string name)
    {
        if (biz.ValueKind != JsonValueKind.Object || !biz.TryGetProperty(name, out var value))
            return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>A nested object, given either as a JSON object or as a string holding one (both are seen in the wild).</summary>
    public static JsonElement? GetObject(JsonElement biz, string name)
    {
        if (biz.ValueKind != JsonValueKind.Object || !biz.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Object)
            return value;
        if (value.ValueKind != JsonValueKind.String)
            return null;
        try
        {
            using var document = JsonDocument.Parse(value.GetString()!);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
