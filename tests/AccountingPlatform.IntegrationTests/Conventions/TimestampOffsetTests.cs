using System.Globalization;
using System.Text.Json;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>The shared conventions: timestamps are ISO 8601 with the Beijing offset, as the people the platform serves read them.</summary>
public sealed class TimestampOffsetTests
{
    [Fact]
    public async Task Every_timestamp_a_candidate_reads_carries_the_Beijing_offset()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var exam = await Enrollments.DevelopmentExamAsync(candidate.Client);
        var me = await candidate.Client.GetAsync("/api/identity/users/me");

        var timestamps = TimestampsIn(exam).Concat(TimestampsIn(me.Json)).ToList();
        Assert.NotEmpty(timestamps);
        Assert.All(timestamps, t => Assert.EndsWith("+08:00", t));
    }

    private static IEnumerable<string> TimestampsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => TimestampsIn(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(TimestampsIn),
        JsonValueKind.String when element.GetString() is { Length: >= 20 } text && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out _) => [text],
        _ => [],
    };
}
