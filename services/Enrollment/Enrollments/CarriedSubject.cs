namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>A subject passed in an earlier exam and still valid: carried, not chosen again, not charged.</summary>
public sealed record CarriedSubject(string Code, string Name, string PassedInExam, decimal Score);
