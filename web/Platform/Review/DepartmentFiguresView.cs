namespace AccountingPlatform.Web.Platform.Review;

/// <summary>One department's review figures: pending now, decided today, median minutes to a decision over 30 days.</summary>
public sealed record DepartmentFiguresView(string DivisionCode, int Pending, int DecidedToday, double? MedianMinutesToDecision);
