namespace AccountingPlatform.Enrollment.Exams;

public sealed class ExamSubject
{
    public required string ExamCode { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
}
