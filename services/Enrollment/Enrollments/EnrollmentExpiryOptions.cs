namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>Section <c>Enrollment:Expiry</c>: how often unpaid enrollments past their deadline are looked for.</summary>
public sealed class EnrollmentExpiryOptions
{
    public const string SectionName = "Enrollment:Expiry";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 200;
}
