using AccountingPlatform.Web.Platform.Admin;
using AccountingPlatform.Web.Platform.Exam;

namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>
/// An exam as the administrator types it (新建考试 and the exam's edit form): code, year, level, name, and the subjects
/// one a line, "代码 名称".
/// </summary>
public sealed class ExamForm
{
    public string? Action { get; set; }
    public string? Code { get; set; }
    public string? Year { get; set; }
    public string? Level { get; set; }
    public string? Name { get; set; }
    public string? Subjects { get; set; }

    public static ExamForm Of(AdminExamView exam) => new()
    {
        Code = exam.Code, Year = exam.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Level = exam.Level, Name = exam.Name,
        Subjects = SubjectLines(exam.Subjects),
    };

    public static string SubjectLines(IEnumerable<SubjectView> subjects) => string.Join("\n", subjects.Select(s => $"{s.Code} {s.Name}"));

    /// <summary>The body of PUT /api/enrollment/admin/exams/{code}; a line without a name is sent as it is, for the API to refuse.</summary>
    public object Request() => new
    {
        year = int.TryParse(Year?.Trim(), out var year) ? year : (int?)null,
        level = string.IsNullOrEmpty(Level) ? null : Level,
        name = Name?.Trim(),
        subjects = (Subjects ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split([' ', '\t', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(parts => new { code = parts[0], name = parts.Length > 1 ? parts[1] : null })
            .ToArray(),
    };
}
