namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>A candidate's enrollment in one exam, in exactly one province (at most one active per exam).</summary>
public sealed class ExamEnrollment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public required string ExamCode { get; init; }
    public required string ProvinceCode { get; init; }
    public EnrollmentKind Kind { get; init; }
    public List<string> SubjectCodes { get; init; } = [];
    /// <summary>Subjects passed in the previous exam year, still valid: carried, not chosen, not charged.</summary>
    public List<string> CarriedSubjectCodes { get; init; } = [];
    public long FeePerSubjectFen { get; init; }
    public long AmountFen { get; init; }
    public int NoticeVersion { get; init; }
    /// <summary>When and from where the candidate accepted 完全同意 and 我已阅知上述条款.</summary>
    public DateTimeOffset CommitmentAcceptedAt { get; init; }
    public string? CommitmentClientAddress { get; init; }
    public required EnrollmentContact Contact { get; init; }
    public EnrollmentForm? Form { get; init; }
    public EnrollmentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset PayBy { get; init; }
    public DateTimeOffset? PaidAt { get; set; }
    /// <summary>When the last payment QR code expired unpaid (<c>PaymentExpired</c>): the next step tells the candidate to get a new one.</summary>
    public DateTimeOffset? PaymentCodeExpiredAt { get; set; }
    public Guid? PaymentOrderId { get; set; }
    /// <summary>报名号, given on payment: unique nationally (see <see cref="EnrollmentNumbers"/>).</summary>
    public string? EnrollmentNumber { get; set; }
    /// <summary>When it was cancelled, expired, withdrawn or refunded.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>PostgreSQL's xmin: two changes of one enrollment at once (cancel while a payment lands) cannot both win.</summary>
    public uint RowVersion { get; set; }
}
