using System.Text.Json;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

public sealed class BeijingTimeJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web) { Converters = { new BeijingTimeJsonConverter() } };

    private sealed record Answer(DateTimeOffset PaidAt, DateTimeOffset? RefundedAt);

    [Fact]
    public void An_instant_kept_in_UTC_is_answered_with_the_Beijing_offset()
    {
        var json = JsonSerializer.Serialize(new Answer(new DateTimeOffset(2024, 6, 12, 1, 0, 0, TimeSpan.Zero), null), Options);
        Assert.Equal("""{"paidAt":"2024-06-12T09:00:00+08:00","refundedAt":null}""", json);
    }

    [Fact]
    public void A_nullable_timestamp_is_written_the_same_way()
    {
        var json = JsonSerializer.Serialize(new Answer(default, new DateTimeOffset(2024, 6, 11, 16, 30, 0, TimeSpan.Zero)), Options);
        Assert.Contains("\"refundedAt\":\"2024-06-12T00:30:00+08:00\"", json);
    }

    [Fact]
    public void Any_offset_is_read_as_the_same_instant()
    {
        var read = JsonSerializer.Deserialize<Answer>("""{"paidAt":"2024-06-12T01:00:00Z","refundedAt":"2024-06-12T09:00:00+08:00"}""", Options)!;
        Assert.Equal(read.PaidAt, read.RefundedAt);
    }

    [Fact]
    public void The_end_of_time_has_no_Beijing_form_and_is_written_as_it_is()
    {
        var json = JsonSerializer.Serialize(new Answer(DateTimeOffset.MaxValue, null), Options);
        Assert.Contains("9999-12-31T23:59:59.9999999+00:00", json);
    }
}
