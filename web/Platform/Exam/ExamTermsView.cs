namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>An exam's published terms as GET /api/enrollment/exams answers them: its subjects and each province's window, deadline and fee.</summary>
public sealed record ExamTermsView(string Code, int Year, string Level, string Name, IReadOnlyList<SubjectView> Subjects, IReadOnlyList<ExamProvinceView> Provinces)
{
    public string SubjectName(string code) => Subjects.FirstOrDefault(s => s.Code == code)?.Name ?? code;

    public ExamProvinceView? Province(string code) => Provinces.FirstOrDefault(p => p.ProvinceCode == code);
}
