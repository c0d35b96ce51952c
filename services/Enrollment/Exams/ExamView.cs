namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// Published exam terms: subjects, and each province's window (with where it stands now, by the rule the submission
/// applies), deadline, fee and notice version (public information).
/// </summary>
public sealed record ExamView(string Code, int Year, ExamLevel Level, string Name, IReadOnlyList<ExamView.Subject> Subjects, IReadOnlyList<ExamView.Province> Provinces,
    bool Published)
{
    public sealed record Subject(string Code, string Name);

    public sealed record Province(string ProvinceCode, string ProvinceName, bool LinkedToPersonnelRegistry,
        DateTimeOffset WindowOpensAt, DateTimeOffset WindowClosesAt, DateTimeOffset PaymentDeadline, long FeePerSubjectFen, string Currency,
        int NoticeVersion, EnrollmentWindow Window)
    {
        public static Province Of(ExamProvince p, DateTimeOffset now) => new(p.ProvinceCode, p.ProvinceName, p.LinkedToPersonnelRegistry,
            p.WindowOpensAt, p.WindowClosesAt, p.PaymentDeadline, p.FeePerSubjectFen, "CNY", p.NoticeVersion, p.WindowAt(now));
    }

    public static ExamView Of(Exam e, DateTimeOffset now) => new(
        e.Code, e.Year, e.Level, e.Name,
        e.Subjects.OrderBy(s => s.Code).Select(s => new Subject(s.Code, s.Name)).ToList(),
        e.Provinces.OrderBy(p => p.ProvinceCode).Select(p => Province.Of(p, now)).ToList(), e.Published);
}
