namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>An exam subject: its code and its name.</summary>
public sealed record SubjectView(string Code, string Name);
