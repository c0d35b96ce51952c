using System.Globalization;

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>UnionPay amounts (txnAmt, settleAmt) are integer fen as text, like the platform's own.</summary>
public static class UnionPayAmount
{
    public static string FromFen(long fen) => fen.ToString(CultureInfo.InvariantCulture);

    public static long? ToFen(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fen) ? fen : null;
}
