using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.Review.Items;

/// <summary>
/// "From one Beijing day to another, both inclusive" as instants: <see cref="Start"/> the first day's midnight in Beijing,
/// <see cref="End"/> (exclusive) the midnight after the last day. Either may be open.
/// </summary>
public sealed record BeijingDateRange(DateTimeOffset? Start, DateTimeOffset? End)
{
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>The range two <c>yyyy-MM-dd</c> texts give; a malformed one, or from after to, adds its field error in Chinese.</summary>
    public static BeijingDateRange Parse(string? from, string? to, string fromField, string toField, IDictionary<string, string[]> errors)
    {
        var start = Day(from, fromField, errors);
        var end = Day(to, toField, errors)?.AddDays(1);
        if (start is not null && end is not null && start >= end) errors[toField] = ["结束日期不能早于开始日期"];
        return new BeijingDateRange(start, end);
    }

    private static DateTimeOffset? Day(string? text, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var day = BeijingTime.Parse(text, Pattern);
        if (day is null) errors[field] = ["日期格式应为yyyy-MM-dd，例如2026-05-01"];
        return day;
    }
}
