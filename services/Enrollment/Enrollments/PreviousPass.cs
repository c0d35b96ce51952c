namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>A subject passed in an exam of the previous year (imported results).</summary>
public sealed record PreviousPass(string SubjectCode, string ExamCode, decimal Score);
