namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>The last enrollment number given in one exam year and province (shared by every exam of that year).</summary>
public sealed class EnrollmentNumberCounter
{
    public int Year { get; init; }
    public required string ProvinceCode { get; init; }
    public long LastNumber { get; set; }
}
