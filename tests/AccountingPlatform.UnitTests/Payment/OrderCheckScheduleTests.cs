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
}
