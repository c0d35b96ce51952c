namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>The last enrollment number given in one exam and province.</summary>
public sealed class EnrollmentNumberCounter
{
    public required string ExamCode { get; init; }
    public required string ProvinceCode { get; init; }
    public long LastNumber { get; set; }
}
