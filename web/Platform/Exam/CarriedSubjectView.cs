namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>A subject passed earlier and still valid: carried, not chosen again, not charged.</summary>
public sealed record CarriedSubjectView(string Code, string Name, string PassedInExam, decimal Score);
