namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>A candidate's enrollment in one exam, in exactly one province.</summary>
public sealed class ExamEnrollment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public required string ExamCode { get; init; }
    public required string ProvinceCode { get; init; }
    public List<string> SubjectCodes { get; init; } = [];
    public long AmountFen { get; init; }
    public EnrollmentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset PayBy { get; init; }
    public DateTimeOffset? PaidAt { get; set; }
    public Guid? PaymentOrderId { get; set; }
}
