using AccountingPlatform.Web.Platform.Exam;

namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>An exam in GET /api/enrollment/admin/exams: its terms as candidates see them, and whether it is published.</summary>
public sealed record AdminExamSummaryView(string Code, int Year, string Level, string Name, IReadOnlyList<SubjectView> Subjects,
    IReadOnlyList<ExamProvinceView> Provinces, bool Published);
