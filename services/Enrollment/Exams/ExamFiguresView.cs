namespace AccountingPlatform.Enrollment.Exams;

/// <summary>An exam's enrollment figures as of a moment, per province (every province that offers it) and in all (<see cref="EnrollmentCounts"/>).</summary>
public sealed record ExamFiguresView(string ExamCode, DateTimeOffset AsOf, IReadOnlyList<ExamFiguresView.Province> Provinces, EnrollmentCounts Total)
{
    public sealed record Province(string ProvinceCode, string ProvinceName, int Enrolled, int AwaitingPayment, int Paid, int Refunded, int CancelledOrExpired)
    {
        public static Province Of(string code, string name, EnrollmentCounts c) =>
            new(code, name, c.Enrolled, c.AwaitingPayment, c.Paid, c.Refunded, c.CancelledOrExpired);
    }
}
