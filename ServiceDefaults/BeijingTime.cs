using System.Globalization;

namespace AccountingPlatform.ServiceDefaults;

/// <summary>
/// Beijing time (UTC+8, no daylight saving): the time candidates and reviewers read, the day a date belongs to, and the
/// time Chinese payment channels write. Instants are kept in UTC; only what a person or a channel sees is in Beijing time.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>What Alipay writes and reads: <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public const string ChannelPattern = "yyyy-MM-dd HH:mm:ss";

    public static DateTimeOffset Of(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Of(clock.GetUtcNow()).DateTime);

    /// <summary>The instant (UTC) the Beijing day of <paramref name="instant"/> began.</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset instant) => new DateTimeOffset(Of(instant).Date, Offset).ToUniversalTime();

    /// <summary>The instant (UTC) the next Beijing day begins.</summary>
    public static DateTimeOffset StartOfNextDay(DateTimeOffset instant) => StartOfDay(instant).AddDays(1);

    /// <summary>"2024-06-01 14:30" by default; the pattern as given otherwise.</summary>
    public static string Format(DateTimeOffset instant, string pattern = "yyyy-MM-dd HH:mm") =>
        Of(instant).ToString(pattern, CultureInfo.InvariantCulture);

    /// <summary>A Beijing-time text in <paramref name="pattern"/> as an instant (UTC); null when it is not one.</summary>
    public static DateTimeOffset? Parse(string? text, string pattern = ChannelPattern) =>
        DateTime.TryParseExact(text, pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset).ToUniversalTime()
            : null;
}
