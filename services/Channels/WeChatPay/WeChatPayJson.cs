using System.Text.Encodings.Web;
using System.Text.Json;

namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>JSON as WeChat Pay writes it: explicit snake_case names on the types, Chinese sent unescaped.</summary>
internal static class WeChatPayJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads <paramref name="text"/> as <typeparamref name="T"/>; a body that is not one is the channel misbehaving.</summary>
    public static T Read<T>(string text, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Options) ?? throw new HttpRequestException($"WeChat Pay's {what} is empty.");
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException($"WeChat Pay's {what} is not the JSON expected.", ex);
        }
    }
}
