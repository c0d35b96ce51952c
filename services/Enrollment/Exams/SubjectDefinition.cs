namespace AccountingPlatform.Enrollment.Exams;

public sealed record SubjectDefinition(string? Code, string? Name);
