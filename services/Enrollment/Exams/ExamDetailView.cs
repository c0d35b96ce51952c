namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// An exam as its administrators' edit form needs it: year, level, name, subjects, whether candidates see it
/// (<c>published</c>), how many enrollments it has (an exam with any cannot be unpublished), and every province's terms
/// with the texts of its notice (and version) and commitment.
/// </summary>
public sealed record ExamDetailView(string Code, int Year, ExamLevel Level, string Name, bool Published, int EnrollmentCount, DateTimeOffset UpdatedAt,
    IReadOnlyList<ExamView.Subject> Subjects, IReadOnlyList<ExamDetailView.ProvinceTerms> Provinces)
{
    public sealed record ProvinceTerms(string ProvinceCode, string ProvinceName, bool LinkedToPersonnelRegistry, DateTimeOffset WindowOpensAt,
        DateTimeOffset WindowClosesAt, DateTimeOffset PaymentDeadline, long FeePerSubjectFen, string Currency, int NoticeVersion, string NoticeText,
        string CommitmentText, EnrollmentWindow Window);

    public static ExamDetailView Of(Exam e, int enrollmentCount, DateTimeOffset now) => new(
        e.Code, e.Year, e.Level, e.Name, e.Published, enrollmentCount, e.UpdatedAt,
        e.Subjects.OrderBy(s => s.Code).Select(s => new ExamView.Subject(s.Code, s.Name)).ToList(),
        e.Provinces.OrderBy(p => p.ProvinceCode).Select(p => new ProvinceTerms(p.ProvinceCode, p.ProvinceName, p.LinkedToPersonnelRegistry,
            p.WindowOpensAt, p.WindowClosesAt, p.PaymentDeadline, p.FeePerSubjectFen, "CNY", p.NoticeVersion, p.NoticeText, p.CommitmentText,
            p.WindowAt(now))).ToList());
}
