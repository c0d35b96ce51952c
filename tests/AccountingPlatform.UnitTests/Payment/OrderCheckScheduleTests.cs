using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.UnitTests.Payment;

/// <summary>When the reconciliation worker looks at a pending order: after a delay, at back-off, and past the code's expiry.</summary>
public sealed class OrderCheckScheduleTests
{
    private static readonly DateTimeOffset Created = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan After = TimeSpan.FromMinutes(2);

    private static PaymentOrder Order() => new()
    {
        OutTradeNo = "t", CreatedAt = Created, ExpiresAt = Created + TimeSpan.FromMinutes(15), Status = PaymentOrderStatus.Pending,
    };

    [Fact]
    public void The_first_check_comes_the_delay_after_the_order_was_made()
    {
        var order = Order();
        order.ScheduleFirstCheck(After);
        Assert.Equal(Created + After, order.NextCheckAt);
    }

    [Fact]
    public void Later_checks_double_the_interval_and_one_comes_the_delay_past_the_expiry()
    {
        var order = Order();
        var now = Created + After;
        order.ScheduleNextCheck(now, After);
        Assert.Equal(now + TimeSpan.FromMinutes(4), order.NextCheckAt);
        now = order.NextCheckAt!.Value;
        order.ScheduleNextCheck(now, After);
        Assert.Equal(now + TimeSpan.FromMinutes(8), order.NextCheckAt);
        now = order.NextCheckAt!.Value; // 14 min: the next doubling would pass the expiry check at 17 min
        order.ScheduleNextCheck(now, After);
        Assert.Equal(order.ExpiresAt + After, order.NextCheckAt);
    }

    [Fact]
    public void After_the_expiry_a_failing_channel_is_retried_at_back_off_up_to_ten_minutes()
    {
        var order = Order();
        var now = order.ExpiresAt + After;
        for (var i = 0; i < 12; i++) order.ScheduleNextCheck(now, After);
        Assert.Equal(now + TimeSpan.FromMinutes(10), order.NextCheckAt);
    }

    [Fact]
    public void A_code_closed_here_that_its_channel_can_still_take_money_on_gets_one_last_look_past_its_expiry()
    {
        var order = Order();
        var now = Created + TimeSpan.FromMinutes(3);
        order.Close(now, stillPayableAtChannel: true, After);
        Assert.Equal(PaymentOrderStatus.Closed, order.Status);
        Assert.Equal(order.ExpiresAt + After, order.NextCheckAt);

        order.EndChecks();
        Assert.Null(order.NextCheckAt);
    }

    [Fact]
    public void A_code_its_channel_closed_is_not_looked_at_again_and_one_long_expired_is_looked_at_now()
    {
        var closedAtChannel = Order();
        closedAtChannel.Close(Created + TimeSpan.FromMinutes(3), stillPayableAtChannel: false, After);
        Assert.Null(closedAtChannel.NextCheckAt);

        var longExpired = Order();
        var now = longExpired.ExpiresAt + TimeSpan.FromHours(1);
        longExpired.Close(now, stillPayableAtChannel: true, After);
        Assert.Equal(now, longExpired.NextCheckAt);
    }

    [Fact]
    public void A_refund_is_numbered_from_the_order_within_UnionPays_32_characters_and_never_as_an_order()
    {
        var outTradeNo = Guid.CreateVersion7().ToString("N");
        var order = new PaymentOrder { OutTradeNo = outTradeNo, CreatedAt = Created, ExpiresAt = Created, Status = PaymentOrderStatus.Paid };
        order.RequireRefund(AccountingPlatform.Payment.Refunds.RefundReason.Withdrawn, Created);
        Assert.Equal("R" + outTradeNo[1..], order.RefundNo);
        Assert.Equal(32, order.RefundNo!.Length);
        Assert.False(Uri.IsHexDigit(order.RefundNo[0]));
    }
}
