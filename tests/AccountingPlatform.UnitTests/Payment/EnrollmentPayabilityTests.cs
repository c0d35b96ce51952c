using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.UnitTests.Payment;

/// <summary>Whether an enrollment can still take money: the one rule a new order and a confirmed payment both follow.</summary>
public sealed class EnrollmentPayabilityTests
{
    private static readonly DateTimeOffset PayBy = new(2026, 6, 30, 15, 59, 59, TimeSpan.Zero);

    private static PayableEnrollment Enrollment(PayableEnrollmentState state = PayableEnrollmentState.Payable) =>
        new() { EnrollmentId = Guid.NewGuid(), UserId = Guid.NewGuid(), ExamCode = "2027-ZJ", AmountFen = 12000, PayBy = PayBy, State = state };

    [Fact]
    public void An_open_unpaid_enrollment_takes_money_up_to_its_deadline_inclusive()
    {
        Assert.Equal(Payability.Payable, EnrollmentPayability.Of(Enrollment(), alreadyPaid: false, PayBy.AddDays(-1)));
        Assert.Equal(Payability.Payable, EnrollmentPayability.Of(Enrollment(), alreadyPaid: false, PayBy));
    }

    [Fact]
    public void After_its_deadline_it_takes_none()
    {
        Assert.Equal(Payability.PastDeadline, EnrollmentPayability.Of(Enrollment(), alreadyPaid: false, PayBy.AddTicks(1)));
    }

    [Theory]
    [InlineData(PayableEnrollmentState.Cancelled)]
    [InlineData(PayableEnrollmentState.Expired)]
    [InlineData(PayableEnrollmentState.Withdrawn)]
    public void A_cancelled_expired_or_withdrawn_enrollment_takes_none_even_before_its_deadline(PayableEnrollmentState state)
    {
        Assert.Equal(Payability.NotPayable, EnrollmentPayability.Of(Enrollment(state), alreadyPaid: false, PayBy.AddDays(-1)));
        Assert.Equal(Payability.NotPayable, EnrollmentPayability.Of(Enrollment(state), alreadyPaid: false, PayBy.AddDays(1)));
    }

    [Fact]
    public void An_enrollment_already_paid_says_so_before_anything_else()
    {
        Assert.Equal(Payability.AlreadyPaid, EnrollmentPayability.Of(Enrollment(), alreadyPaid: true, PayBy.AddDays(-1)));
        Assert.Equal(Payability.AlreadyPaid, EnrollmentPayability.Of(Enrollment(PayableEnrollmentState.Cancelled), alreadyPaid: true, PayBy.AddDays(1)));
    }

    [Fact]
    public void Money_for_an_enrollment_Payment_has_not_heard_of_yet_is_not_refused_unless_it_is_a_second_payment()
    {
        Assert.Equal(Payability.Payable, EnrollmentPayability.Of(null, alreadyPaid: false, PayBy));
        Assert.Equal(Payability.AlreadyPaid, EnrollmentPayability.Of(null, alreadyPaid: true, PayBy));
    }
}
