namespace AccountingPlatform.Enrollment.Enrollments;

public enum EnrollmentStatus
{
    /// <summary>待缴费: enrolled, waiting for payment until the window closes.</summary>
    AwaitingPayment,
    /// <summary>报名成功: paid (payment success = enrollment success).</summary>
    Confirmed,
}
