using AccountingPlatform.ServiceDefaults;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Alipay's <c>timeout_express</c>: <c>1m</c>–<c>15d</c> (m minutes, h hours, d days) or <c>1c</c> (the end of today, China time).</summary>
public static partial class TimeoutExpress
{
    public static bool TryParse(string value, DateTimeOffset from, out DateTimeOffset expiresAt)
    {
        expiresAt = default;
        var match = Pattern().Match(value);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            return false;

        TimeSpan span;
        switch (match.Groups[2].Value)
        {
            case "m": span = TimeSpan.FromMinutes(n); break;
            case "h": span = TimeSpan.FromHours(n); break;
            case "d": span = TimeSpan.FromDays(n); break;
            default:
                expiresAt = BeijingTime.StartOfNextDay(from);
                return n == 1;
        }
        if (span > TimeSpan.FromDays(15))
            return false;
        expiresAt = from + span;
        return true;
    }

    [GeneratedRegex("^([0-9]+)([mhdc])$")]
    private static partial Regex Pattern();
}
