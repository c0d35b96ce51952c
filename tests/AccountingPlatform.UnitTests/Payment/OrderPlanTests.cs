using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.UnitTests.Payment;

/// <summary>What a request for a QR code comes to: a refusal, the open order again, or a new one (closing the open one).</summary>
public sealed class OrderPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private static PayableEnrollment Enrollment(PayableEnrollmentState state = PayableEnrollmentState.Payable, DateTimeOffset? payBy = null) =>
        new() { EnrollmentId = Guid.NewGuid(), UserId = Guid.NewGuid(), ExamCode = "2027-ZJ", AmountFen = 12000, PayBy = payBy ?? Now.AddDays(3), State = state };

    private static PaymentOrder Order(PaymentOrderStatus status, PaymentChannel channel = PaymentChannel.Alipay, DateTimeOffset? expiresAt = null) => new()
    {
        OutTradeNo = Guid.NewGuid().ToString("N"), Channel = channel, AmountFen = 12000, CreatedAt = Now.AddMinutes(-5),
        ExpiresAt = expiresAt ?? Now.AddMinutes(10), Status = status,
    };

    private static OrderPlan Decide(PayableEnrollment? payable, params PaymentOrder[] orders) =>
        OrderPlan.Decide(PaymentChannel.Alipay, channelOffered: true, payable, orders, Now, Lifetime);

    private static OrderRefusal Refusal(OrderPlan plan) => Assert.IsType<OrderPlan.Refused>(plan).Refusal;

    [Fact]
    public void A_channel_this_deployment_does_not_offer_is_refused_first()
    {
        var plan = OrderPlan.Decide(PaymentChannel.UnionPay, channelOffered: false, null, [], Now, Lifetime);
        Assert.Equal(OrderRefusal.ChannelNotOffered, Refusal(plan));
    }

    [Fact]
    public void An_enrollment_Payment_does_not_know_for_this_candidate_is_not_found()
    {
        Assert.Equal(OrderRefusal.EnrollmentNotFound, Refusal(Decide(null, Order(PaymentOrderStatus.Paid))));
    }

    [Fact]
    public void A_paid_enrollment_gets_no_second_code_even_past_its_deadline()
    {
        Assert.Equal(OrderRefusal.AlreadyPaid, Refusal(Decide(Enrollment(), Order(PaymentOrderStatus.Paid))));
        Assert.Equal(OrderRefusal.AlreadyPaid, Refusal(Decide(Enrollment(payBy: Now.AddDays(-1)), Order(PaymentOrderStatus.Paid))));
    }

    [Theory]
    [InlineData(PayableEnrollmentState.Cancelled)]
    [InlineData(PayableEnrollmentState.Expired)]
    [InlineData(PayableEnrollmentState.Withdrawn)]
    public void A_cancelled_expired_or_withdrawn_enrollment_gets_no_code(PayableEnrollmentState state)
    {
        Assert.Equal(OrderRefusal.NotPayable, Refusal(Decide(Enrollment(state))));
    }

    [Fact]
    public void Past_the_payment_deadline_no_code_is_given()
    {
        Assert.Equal(OrderRefusal.WindowClosed, Refusal(Decide(Enrollment(payBy: Now.AddSeconds(-1)))));
    }

    [Fact]
    public void The_first_code_lives_its_lifetime()
    {
        var plan = Assert.IsType<OrderPlan.New>(Decide(Enrollment(), Order(PaymentOrderStatus.Closed)));
        Assert.Equal(Now + Lifetime, plan.ExpiresAt);
        Assert.Null(plan.Replaced);
    }

    [Fact]
    public void A_code_never_outlives_the_payment_deadline()
    {
        var payBy = Now.AddMinutes(4);
        Assert.Equal(payBy, Assert.IsType<OrderPlan.New>(Decide(Enrollment(payBy: payBy))).ExpiresAt);
    }

    [Fact]
    public void A_valid_open_order_on_the_same_channel_is_given_again()
    {
        var open = Order(PaymentOrderStatus.Pending);
        Assert.Same(open, Assert.IsType<OrderPlan.Reuse>(Decide(Enrollment(), Order(PaymentOrderStatus.Closed), open)).Order);
    }

    [Fact]
    public void An_expired_open_order_is_replaced_by_a_new_one()
    {
        var expired = Order(PaymentOrderStatus.Pending, expiresAt: Now);
        var plan = Assert.IsType<OrderPlan.New>(Decide(Enrollment(), expired));
        Assert.Same(expired, plan.Replaced);
        Assert.Equal(Now + Lifetime, plan.ExpiresAt);
    }

    [Fact]
    public void An_open_order_on_another_channel_is_replaced_by_one_on_the_chosen_channel()
    {
        var onWeChat = Order(PaymentOrderStatus.Pending, PaymentChannel.WeChatPay);
        Assert.Same(onWeChat, Assert.IsType<OrderPlan.New>(Decide(Enrollment(), onWeChat)).Replaced);
    }
}
