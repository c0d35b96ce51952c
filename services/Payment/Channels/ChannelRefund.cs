namespace AccountingPlatform.Payment.Channels;

/// <summary>The outcome of one refund attempt: refunded (when), or not yet (why, for the log; the refund worker tries again).</summary>
public sealed record ChannelRefund(bool Refunded, DateTimeOffset? RefundedAt, string Detail)
{
    public static ChannelRefund Done(DateTimeOffset? at) => new(true, at, "refunded");

    public static ChannelRefund NotYet(string detail) => new(false, null, detail);
}
