using AccountingPlatform.ChannelEmulator.Alipay;

namespace AccountingPlatform.UnitTests.ChannelEmulator;

/// <summary>The emulator refunds as Alipay does: paid trades only, never more than was paid, once per out_request_no.</summary>
public sealed class EmulatedTradeRefundTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static EmulatedTrade Trade(bool paid = true)
    {
        var trade = new EmulatedTrade("2021000000000001", "E1", "2024060122001400000000001", "120.00", "报名费", null, "https://qr", Now, Now.AddMinutes(15));
        if (paid) Assert.True(trade.TryPay(Now));
        return trade;
    }

    [Fact]
    public void An_unpaid_trade_is_not_refunded()
    {
        var trade = Trade(paid: false);

        Assert.Equal(RefundResult.NotPaid, trade.Refund("R1", 120m, Now).Result);
        Assert.Equal(0m, trade.RefundedAmount());
    }

    [Fact]
    public void The_same_request_number_refunds_once()
    {
        var trade = Trade();

        var first = trade.Refund("R1", 120m, Now);
        var again = trade.Refund("R1", 120m, Now.AddMinutes(1));

        Assert.Equal(RefundResult.Refunded, first.Result);
        Assert.Equal(RefundResult.AlreadyRefunded, again.Result);
        Assert.Equal(Now, again.Refund!.RefundedAt);
        Assert.Equal(120m, again.RefundedTotal);
        Assert.Equal(120m, trade.RefundedAmount());
        Assert.Single(trade.Refunds());
        Assert.Equal(RefundResult.RequestNoReused, trade.Refund("R1", 10m, Now).Result);
    }

    [Fact]
    public void Partial_refunds_add_up_to_what_was_paid_and_no_further_and_a_full_refund_closes_the_trade()
    {
        var trade = Trade();

        Assert.Equal(RefundResult.Refunded, trade.Refund("R1", 100m, Now).Result);
        Assert.Equal(RefundResult.ExceedsRefundable, trade.Refund("R2", 20.01m, Now).Result);
        Assert.Equal(TradeStatus.Success, trade.StatusAt(Now));
        Assert.Equal(RefundResult.Refunded, trade.Refund("R2", 20m, Now).Result);

        Assert.Equal(120m, trade.RefundedAmount());
        Assert.Equal(TradeStatus.Closed, trade.StatusAt(Now));
        Assert.Equal(RefundResult.NotPaid, trade.Refund("R3", 0.01m, Now).Result);
    }

    [Fact]
    public void Every_close_and_refund_request_is_counted_whatever_it_answered()
    {
        var trade = Trade();

        trade.Refund("R1", 10m, Now);
        trade.Refund("R1", 10m, Now);   // the same refund again: no money moves, but a second call
        Assert.False(trade.TryClose(Now));   // paid: not closed, but a call

        Assert.Equal((1, 2), trade.Calls());
    }
}
