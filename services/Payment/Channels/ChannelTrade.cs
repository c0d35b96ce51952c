namespace AccountingPlatform.Payment.Channels;

/// <summary>An order's trade as its channel reports it: paid (with the channel's trade number, amount and time), unpaid, or closed.</summary>
public sealed record ChannelTrade(ChannelTradeStatus Status, string? TradeNo = null, long? AmountFen = null, DateTimeOffset? PaidAt = null)
{
    public static readonly ChannelTrade Unpaid = new(ChannelTradeStatus.Unpaid);
    public static readonly ChannelTrade Closed = new(ChannelTradeStatus.Closed);

    public bool IsPaid => Status == ChannelTradeStatus.Paid;

    public bool IsClosed => Status == ChannelTradeStatus.Closed;
}
