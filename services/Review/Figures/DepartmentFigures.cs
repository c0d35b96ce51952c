namespace AccountingPlatform.Review.Figures;

/// <summary>One department's figures: pending now, decided today (Beijing time), median minutes to a decision over 30 days.</summary>
public sealed record DepartmentFigures(string DivisionCode, int Pending, int DecidedToday, double? MedianMinutesToDecision);
