using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// How many enrollments there are, by where they stand. <c>enrolled</c> counts every enrollment submitted; each
/// <see cref="EnrollmentStatus"/> then falls in exactly one of the other counts:
/// <list type="bullet">
/// <item><see cref="EnrollmentStatus.AwaitingPayment"/> → <c>awaitingPayment</c>;</item>
/// <item><see cref="EnrollmentStatus.Confirmed"/> → <c>paid</c>;</item>
/// <item><see cref="EnrollmentStatus.Withdrawn"/> (refund under way) and <see cref="EnrollmentStatus.Refunded"/> → <c>refunded</c>;</item>
/// <item><see cref="EnrollmentStatus.Cancelled"/> and <see cref="EnrollmentStatus.Expired"/> → <c>cancelledOrExpired</c>.</item>
/// </list>
/// </summary>
public sealed record EnrollmentCounts(int Enrolled, int AwaitingPayment, int Paid, int Refunded, int CancelledOrExpired)
{
    public static readonly EnrollmentCounts None = new(0, 0, 0, 0, 0);

    /// <summary>These counts and <paramref name="count"/> enrollments more in <paramref name="status"/>.</summary>
    public EnrollmentCounts Add(EnrollmentStatus status, int count)
    {
        var counts = this with { Enrolled = Enrolled + count };
        return status switch
        {
            EnrollmentStatus.AwaitingPayment => counts with { AwaitingPayment = AwaitingPayment + count },
            EnrollmentStatus.Confirmed => counts with { Paid = Paid + count },
            EnrollmentStatus.Withdrawn or EnrollmentStatus.Refunded => counts with { Refunded = Refunded + count },
            EnrollmentStatus.Cancelled or EnrollmentStatus.Expired => counts with { CancelledOrExpired = CancelledOrExpired + count },
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "An enrollment status without its count"),
        };
    }
}
