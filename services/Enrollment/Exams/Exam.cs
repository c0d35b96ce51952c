namespace AccountingPlatform.Enrollment.Exams;

/// <summary>An exam sitting, e.g. 2027年度全国中级会计资格考试, with its subjects.</summary>
public sealed class Exam
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public List<ExamSubject> Subjects { get; init; } = [];
    public List<ExamProvince> Provinces { get; init; } = [];
}
