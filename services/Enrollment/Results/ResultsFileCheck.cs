namespace AccountingPlatform.Enrollment.Results;

/// <summary>What reading a results file found: the good rows, how many lines it has (blank ones aside), and every error.</summary>
public sealed record ResultsFileCheck(IReadOnlyList<ResultRow> Rows, int Lines, IReadOnlyList<ResultLineError> Errors)
{
    public Dictionary<string, string[]> ByLine() => ByLine(Errors);

    /// <summary>
    /// The errors as the import's validation problem gives them: one entry per line (<c>line:3</c>), its reasons in one
    /// sentence (<c>第3行：证件号码无效；成绩须为0至100之间的数字</c>); an error of the header or of the file as it is.
    /// </summary>
    public static Dictionary<string, string[]> ByLine(IEnumerable<ResultLineError> errors) => errors.GroupBy(e => e.Line).ToDictionary(
        line => $"line:{line.Key}",
        line => line.All(e => e.Field is ResultLineError.HeaderField or ResultLineError.FileField)
            ? line.Select(e => e.Message).ToArray()
            : [$"第{line.Key}行：{string.Join("；", line.Select(e => e.Message))}"]);
}
