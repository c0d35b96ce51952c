namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>GET …/exams/{code}/figures: the enrollment figures of each province and in all, as of a moment.</summary>
public sealed record ExamFiguresView(string ExamCode, DateTimeOffset AsOf, IReadOnlyList<ProvinceFiguresView> Provinces, FigureCountsView Total);
