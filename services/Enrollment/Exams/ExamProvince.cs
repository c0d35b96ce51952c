namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// A province's terms for an exam: its registration window, its per-subject fee, and whether it is linked to the
/// accounting personnel registry (连接会计人员库: enrollment needs an approved personnel record).
/// </summary>
public sealed class ExamProvince
{
    public required string ExamCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string ProvinceName { get; init; }
    public bool LinkedToPersonnelRegistry { get; init; }
    public DateTimeOffset WindowOpensAt { get; init; }
    public DateTimeOffset WindowClosesAt { get; init; }
    public long FeePerSubjectFen { get; init; }
}
