using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccountingPlatform.ServiceDefaults.Validation;

/// <summary>
/// One rule for every enum a client sends, wherever it sends it (a JSON body, a query parameter, a multipart field): the
/// name of a defined member, read by the same converter as JSON bodies. A number (<c>0</c>, <c>"7"</c>) is not a
/// value, nor is a name with blanks around it.
/// </summary>
public static class ClientEnums
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { Converter() } };

    /// <summary>The converter of every JSON body: names only (<c>"channel": 7</c> is not a channel).</summary>
    public static JsonStringEnumConverter Converter() => new(allowIntegerValues: false);

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var parsed = TryParse(typeof(T), text, out var boxed);
        value = parsed ? (T)boxed! : default;
        return parsed;
    }

    public static bool TryParse(Type enumType, string? text, out object? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text) || char.IsAsciiDigit(text[0]) || !text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        try
        {
            value = JsonSerializer.Deserialize(JsonSerializer.Serialize(text), enumType, Options);
        }
        catch (JsonException)
        {
            return false;
        }
        return value is not null && Enum.IsDefined(enumType, value);
    }

    /// <summary>What is said beside a field whose value is not one of the enum's names.</summary>
    public static string Error(Type enumType) => $"取值无效，应为以下之一：{string.Join("、", Enum.GetNames(enumType))}";
}
