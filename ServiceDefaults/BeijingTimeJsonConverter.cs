using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccountingPlatform.ServiceDefaults;

/// <summary>
/// Every timestamp an API answers is ISO 8601 with the Beijing offset (<c>2024-06-12T09:00:00+08:00</c>), as the shared
/// conventions say: the same instant the database keeps in UTC, written as the people it serves read it. Any offset
/// is read. An instant within eight hours of the end of time has no Beijing form and is written as it is.
/// </summary>
public sealed class BeijingTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    private static readonly DateTime LastBeijingInstant = DateTime.MaxValue - BeijingTime.Offset;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime <= LastBeijingInstant ? BeijingTime.Of(value) : value);
}
