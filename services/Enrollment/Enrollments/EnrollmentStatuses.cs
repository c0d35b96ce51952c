using System.Linq.Expressions;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Which enrollments are active: they hold the candidate's one province for an exam (awaiting payment or confirmed); a
/// cancelled, expired, withdrawn or refunded one leaves the candidate free to enroll again. One rule, read by the
/// database's partial unique index (<see cref="ActiveFilterSql"/>) and by queries (<see cref="IsActive"/>).
/// </summary>
public static class EnrollmentStatuses
{
    public static readonly IReadOnlySet<EnrollmentStatus> Active = new HashSet<EnrollmentStatus> { EnrollmentStatus.AwaitingPayment, EnrollmentStatus.Confirmed };

    /// <summary>The rule as a query expression.</summary>
    public static readonly Expression<Func<ExamEnrollment, bool>> IsActive = Build();

    /// <summary>The rule as an index filter (statuses are stored by name), e.g. <c>"Status" IN ('AwaitingPayment', 'Confirmed')</c>.</summary>
    public static readonly string ActiveFilterSql =
        $"\"Status\" IN ({string.Join(", ", Enum.GetValues<EnrollmentStatus>().Where(Active.Contains).Select(s => $"'{s}'"))})";

    private static Expression<Func<ExamEnrollment, bool>> Build()
    {
        var enrollment = Expression.Parameter(typeof(ExamEnrollment), "e");
        var status = Expression.Property(enrollment, nameof(ExamEnrollment.Status));
        var body = Enum.GetValues<EnrollmentStatus>().Where(Active.Contains)
            .Select(s => (Expression)Expression.Equal(status, Expression.Constant(s)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<ExamEnrollment, bool>>(body, enrollment);
    }
}
