namespace AccountingPlatform.Enrollment.Exams;

/// <summary>An exam as an administrator defines it: year, level, name and subjects (code and name).</summary>
public sealed record SaveExamRequest(int? Year, ExamLevel? Level, string? Name, IReadOnlyList<SubjectDefinition>? Subjects);
