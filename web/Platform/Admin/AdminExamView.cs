using AccountingPlatform.Web.Platform.Exam;

namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>GET /api/enrollment/admin/exams/{code}: the exam with its subjects, every province's full terms, whether it is published and how many enrolled.</summary>
public sealed record AdminExamView(string Code, int Year, string Level, string Name, IReadOnlyList<SubjectView> Subjects,
    IReadOnlyList<AdminProvinceTermsView> Provinces, bool Published, int EnrollmentCount)
{
    public AdminProvinceTermsView? Province(string code) => Provinces.FirstOrDefault(p => p.ProvinceCode == code);
}
