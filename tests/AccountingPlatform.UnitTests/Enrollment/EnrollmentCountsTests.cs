using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>Every enrollment status falls in exactly one of the figures' counts, and every enrollment is counted as enrolled.</summary>
public sealed class EnrollmentCountsTests
{
    [Theory]
    [InlineData(EnrollmentStatus.AwaitingPayment, 1, 0, 0, 0)]
    [InlineData(EnrollmentStatus.Confirmed, 0, 1, 0, 0)]
    [InlineData(EnrollmentStatus.Withdrawn, 0, 0, 1, 0)]
    [InlineData(EnrollmentStatus.Refunded, 0, 0, 1, 0)]
    [InlineData(EnrollmentStatus.Cancelled, 0, 0, 0, 1)]
    [InlineData(EnrollmentStatus.Expired, 0, 0, 0, 1)]
    public void A_status_counts_as_enrolled_and_in_its_one_bucket(EnrollmentStatus status, int awaiting, int paid, int refunded, int closed) =>
        Assert.Equal(new EnrollmentCounts(1, awaiting, paid, refunded, closed), EnrollmentCounts.None.Add(status, 1));

    [Fact]
    public void Every_status_has_its_bucket_and_the_buckets_add_up_to_the_enrolled()
    {
        var counts = Enum.GetValues<EnrollmentStatus>().Aggregate(EnrollmentCounts.None, (c, s) => c.Add(s, 3));
        Assert.Equal(3 * Enum.GetValues<EnrollmentStatus>().Length, counts.Enrolled);
        Assert.Equal(counts.Enrolled, counts.AwaitingPayment + counts.Paid + counts.Refunded + counts.CancelledOrExpired);
    }
}
