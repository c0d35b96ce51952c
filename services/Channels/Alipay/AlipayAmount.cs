using System.Globalization;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>Alipay amounts are yuan with two decimals (<c>"60.00"</c>); the platform keeps integer fen.</summary>
public static class AlipayAmount
{
    public static string FromFen(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static long? ToFen(string? yuan) =>
        decimal.TryParse(yuan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && decimal.Round(value, 2) == value
            ? (long)(value * 100)
            : null;
}
