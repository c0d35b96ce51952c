using System.Globalization;

namespace AccountingPlatform.ChannelEmulator;

/// <summary>Alipay writes times as <c>yyyy-MM-dd HH:mm:ss</c> in China time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset instant) => instant.ToOffset(Offset).ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? value) =>
        DateTime.TryParseExact(value, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
