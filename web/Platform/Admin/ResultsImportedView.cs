namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>POST …/results: the exam and how many passed subjects were imported.</summary>
public sealed record ResultsImportedView(string ExamCode, int Rows);
