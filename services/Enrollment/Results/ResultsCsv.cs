using System.Globalization;
using System.Text.RegularExpressions;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Reads a results file: a header <c>certificateType,certificateNumber,subjectCode,score</c> (optionally followed by
/// <see cref="HolderColumns.Header"/>: what the exam office knew of the person), then one passed subject per line. Every
/// bad cell is reported with its line, column and reason: the one rule of the dry run and of the import, applied line
/// by line (<see cref="ResultsFileReader"/> keeps what a file's lines have in common: the header, the lines already seen).
/// </summary>
public static partial class ResultsCsv
{
    public const string Header = "certificateType,certificateNumber,subjectCode,score";
    public const decimal PassMark = 60m;

    /// <summary>Whether a header line names the holder's columns too; null when it is not a results header.</summary>
    public static bool? ReadHeader(string line)
    {
        var header = line.TrimStart('\uFEFF').Replace(" ", "");
        if (string.Equals(header, $"{Header},{HolderColumns.Header}", StringComparison.OrdinalIgnoreCase)) return true;
        return string.Equals(header, Header, StringComparison.OrdinalIgnoreCase) ? false : null;
    }

    public static ResultLineError HeaderError() =>
        new(1, ResultLineError.HeaderField, $"第1行须为表头：{Header}（其后可加报名信息列：{HolderColumns.Header}）");

    public static ResultLineError NoRows() => new(2, ResultLineError.FileField, "文件中没有成绩记录");

    /// <summary>One non-blank line after the header: the row it says, or null with each bad cell's reason added.</summary>
    public static ResultRow? ReadLine(int number, string line, bool withHolder, IReadOnlySet<string> subjectCodes, List<(string Field, string Message)> reasons)
    {
        var cells = line.Split(',');
        for (var c = 0; c < cells.Length; c++) cells[c] = cells[c].Trim();
        var columns = withHolder ? 4 + HolderColumns.Count : 4;
        if (cells.Length != columns)
        {
            reasons.Add((ResultLineError.LineField, $"应有{columns}列（证件类型、证件号码、科目代码、成绩{(withHolder ? "及报名信息" : "")}），实有{cells.Length}列"));
            return null;
        }
        var (type, certificate, subject, scoreText) = (cells[0], AccountingPlatform.ServiceDefaults.Validation.CertificateNumbers.Normalize(cells[1]), cells[2], cells[3]);
        if (!CertificateType().IsMatch(type)) reasons.Add(("certificateType", "证件类型无效"));
        if (!CertificateNumber().IsMatch(certificate)) reasons.Add(("certificateNumber", "证件号码无效"));
        if (!subjectCodes.Contains(subject)) reasons.Add(("subjectCode", $"科目代码{subject}不是本次考试的科目"));
        if (!decimal.TryParse(scoreText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) || score > 100)
            reasons.Add(("score", "成绩须为0至100之间的数字"));
        else if (score < PassMark) reasons.Add(("score", $"成绩{scoreText}未达到合格标准（{PassMark}分），只导入合格科目"));
        var holder = withHolder ? HolderColumns.Read(cells[4..], reasons) : null;
        return reasons.Count == 0 ? new ResultRow(number, type, certificate, subject, score, holder) : null;
    }

    public static string Duplicate(int firstLine) => $"与第{firstLine}行重复";

    /// <summary>A whole file already held as text, read by the same rule (<see cref="ResultsFileReader"/>), every error kept.</summary>
    public static ResultsFileCheck Check(string text, IReadOnlySet<string> subjectCodes)
    {
        var file = new ResultsFileReader(subjectCodes, maxListedErrors: int.MaxValue);
        var rows = new List<ResultRow>();
        using var lines = new StringReader(text);
        for (var line = lines.ReadLine(); line is not null; line = lines.ReadLine())
            if (file.Read(line) is { } row) rows.Add(row);
        file.Finish();
        return new ResultsFileCheck(rows, file.Lines, file.Errors);
    }

    [GeneratedRegex("^[A-Za-z]{2,40}$")]
    private static partial Regex CertificateType();

    [GeneratedRegex(@"^[0-9A-Z()\-]{5,40}$")]
    private static partial Regex CertificateNumber();
}
