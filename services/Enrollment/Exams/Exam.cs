namespace AccountingPlatform.Enrollment.Exams;

/// <summary>An exam sitting, e.g. 2024年度全国中级会计资格考试: its year, level and subjects, and each province's terms.</summary>
public sealed class Exam
{
    public required string Code { get; init; }
    public int Year { get; set; }
    public ExamLevel Level { get; set; }
    public required string Name { get; set; }
    public List<ExamSubject> Subjects { get; init; } = [];
    public List<ExamProvince> Provinces { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Candidates see it and may enroll (<see cref="CandidateExams"/>). An exam an administrator creates starts as a draft,
    /// published when its terms are ready; an exam with enrollments stays published (<see cref="ExamPublication"/>).
    /// </summary>
    public bool Published { get; set; }
}
