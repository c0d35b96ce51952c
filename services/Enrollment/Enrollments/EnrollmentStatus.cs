namespace AccountingPlatform.Enrollment.Enrollments;

public enum EnrollmentStatus
{
    /// <summary>待缴费: enrolled, waiting for payment until the province's payment deadline.</summary>
    AwaitingPayment,
    /// <summary>报名成功: paid (payment success = enrollment success); has an enrollment number.</summary>
    Confirmed,
    /// <summary>已取消: cancelled by the candidate before paying (they may enroll again, in any province).</summary>
    Cancelled,
    /// <summary>已过期: not paid by the payment deadline.</summary>
    Expired,
    /// <summary>已撤销，退款中: a paid enrollment withdrawn inside the window; Payment is refunding.</summary>
    Withdrawn,
    /// <summary>已退款: withdrawn and refunded.</summary>
    Refunded,
}
