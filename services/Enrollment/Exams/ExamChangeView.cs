namespace AccountingPlatform.Enrollment.Exams;

public sealed record ExamChangeView(Guid Id, string ExamCode, string? ProvinceCode, string Action, Guid ChangedBy, DateTimeOffset ChangedAt, string? Before, string After,
    string? ChangedByName)
{
    public static ExamChangeView Of(ExamChange c) => new(c.Id, c.ExamCode, c.ProvinceCode, c.Action, c.ChangedBy, c.ChangedAt, c.Before, c.After, c.ChangedByName);
}
