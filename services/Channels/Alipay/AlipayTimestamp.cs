using System.Globalization;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>Alipay's <c>timestamp</c>: <c>yyyy-MM-dd HH:mm:ss</c> in China time (UTC+8, no daylight saving).</summary>
internal static class AlipayTimestamp
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
