namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>
/// The results import as the administrator does it: the exam, the CSV file, and — once checked — the same file's text
/// kept in the form (<see cref="Csv"/>), so 确认导入 imports exactly what was checked without choosing it again.
/// </summary>
public sealed class ResultsForm
{
    /// <summary>Files up to this size are kept in the form between 检查 and 确认导入; a bigger one is chosen again.</summary>
    public const int MaxKeptChars = 1_000_000;

    public string? Action { get; set; }
    public string? Exam { get; set; }
    public string? Csv { get; set; }
    public string? FileName { get; set; }
}
