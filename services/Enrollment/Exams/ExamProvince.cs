namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// A province's terms for an exam: its registration window and payment deadline (stored in UTC, shown in Beijing time),
/// its per-subject fee, whether it is linked to the accounting personnel registry (连接会计人员库: enrollment needs a
/// personnel record approved in the province), the must-read notice (versioned: an enrollment records the version
/// read) and the online commitment.
/// </summary>
public sealed class ExamProvince
{
    public required string ExamCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string ProvinceName { get; init; }
    public bool LinkedToPersonnelRegistry { get; set; }
    public DateTimeOffset WindowOpensAt { get; set; }
    public DateTimeOffset WindowClosesAt { get; set; }
    public DateTimeOffset PaymentDeadline { get; set; }
    public long FeePerSubjectFen { get; set; }
    public string NoticeText { get; set; } = "";
    public int NoticeVersion { get; set; }
    public string CommitmentText { get; set; } = "";

    public bool IsOpenAt(DateTimeOffset now) => now >= WindowOpensAt && now <= WindowClosesAt;

    public EnrollmentWindow WindowAt(DateTimeOffset now) =>
        IsOpenAt(now) ? EnrollmentWindow.Open : now < WindowOpensAt ? EnrollmentWindow.NotYetOpen : EnrollmentWindow.Closed;
}
