namespace AccountingPlatform.Payment.Channels;

public enum ChannelTradeStatus
{
    /// <summary>Not paid (or never scanned: the channel has no trade yet).</summary>
    Unpaid,
    Paid,
    /// <summary>Closed unpaid: it can no longer be paid.</summary>
    Closed,
}
