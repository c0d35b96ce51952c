using System.Text.RegularExpressions;
using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>Which enrollments are active is one rule: the unique index's filter and the query say the same set.</summary>
public sealed class EnrollmentStatusesTests
{
    [Fact]
    public void An_enrollment_awaiting_payment_or_confirmed_is_active_and_no_other() =>
        Assert.Equal([EnrollmentStatus.AwaitingPayment, EnrollmentStatus.Confirmed], EnrollmentStatuses.Active.Order());

    [Fact]
    public void The_index_filter_names_exactly_the_active_statuses()
    {
        var named = Regex.Matches(EnrollmentStatuses.ActiveFilterSql, "'([A-Za-z]+)'").Select(m => Enum.Parse<EnrollmentStatus>(m.Groups[1].Value));
        Assert.StartsWith("\"Status\" IN (", EnrollmentStatuses.ActiveFilterSql);
        Assert.Equal(EnrollmentStatuses.Active.Order(), named.Order());
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void The_query_and_the_index_filter_agree_on_every_status(EnrollmentStatus status)
    {
        var enrollment = new ExamEnrollment { ExamCode = "2027-ZJ", ProvinceCode = "440000", Contact = new(null, null), Status = status };
        Assert.Equal(EnrollmentStatuses.ActiveFilterSql.Contains($"'{status}'"), EnrollmentStatuses.IsActive.Compile()(enrollment));
    }

    public static TheoryData<EnrollmentStatus> EveryStatus() => new(Enum.GetValues<EnrollmentStatus>());
}
