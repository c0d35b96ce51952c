namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// One thing wrong in a results file: its line, the column it is in (the header's name, e.g. <c>score</c>; <c>line</c>
/// for the line as a whole; <c>header</c> or <c>file</c> for the file) and why, in Chinese.
/// </summary>
public sealed record ResultLineError(int Line, string Field, string Message)
{
    public const string LineField = "line";
    public const string HeaderField = "header";
    public const string FileField = "file";
}
