namespace AccountingPlatform.Enrollment.Exams;

/// <summary>The audit of exam data: who changed what, when, with the terms before and after (JSON).</summary>
public sealed class ExamChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string ExamCode { get; init; }
    public string? ProvinceCode { get; init; }
    public required string Action { get; init; }
    public Guid ChangedBy { get; init; }
    /// <summary>The administrator's name when they made the change (null for the seed loader).</summary>
    public string? ChangedByName { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
    public string? Before { get; init; }
    public required string After { get; init; }
}
